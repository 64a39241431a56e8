package com.communitysuite.user.group;

import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The local suite's groups and cities, so the mini-program has something to show and meeting-service hears of them
 * (created through the service, so each is announced): the MindSpore community's SIGs, its study groups and expert
 * committee, and the cities with MSG meetings. Ones that exist are left alone.
 */
@Component
@Profile("local")
class LocalGroupSeeder implements ApplicationRunner {

    static final Map<String, GroupType> GROUPS = Map.ofEntries(
            Map.entry("Infrastructure", GroupType.SIG), Map.entry("Compiler", GroupType.SIG),
            Map.entry("Data", GroupType.SIG), Map.entry("FrontEnd", GroupType.SIG),
            Map.entry("Executor", GroupType.SIG), Map.entry("Parallel", GroupType.SIG),
            Map.entry("MindArmour", GroupType.SIG), Map.entry("Visualization", GroupType.SIG),
            Map.entry("MSLITE", GroupType.SIG), Map.entry("AKG", GroupType.SIG),
            Map.entry("MSG-Beijing", GroupType.MSG), Map.entry("MSG-Shanghai", GroupType.MSG),
            Map.entry("MSG-Shenzhen", GroupType.MSG), Map.entry("Tech", GroupType.PRO));
    static final List<String> CITIES = List.of("北京", "上海", "深圳", "杭州", "成都", "西安", "南京", "武汉");

    private final GroupService groups;
    private final GroupRepository groupRepository;
    private final CityRepository cityRepository;

    LocalGroupSeeder(GroupService groups, GroupRepository groupRepository, CityRepository cityRepository) {
        this.groups = groups;
        this.groupRepository = groupRepository;
        this.cityRepository = cityRepository;
    }

    @Override
    public void run(ApplicationArguments args) {
        GROUPS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(group -> groupRepository.findByName(group.getKey()).isEmpty())
                .forEach(group -> groups.createGroup(group.getKey(), group.getValue().code()));
        CITIES.stream().filter(city -> cityRepository.findByNameIgnoringCase(city).isEmpty())
                .forEach(groups::createCity);
    }
}
