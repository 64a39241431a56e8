package com.communitysuite.user.group;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mp.MpResponse;
import com.communitysuite.platform.web.mp.PageNumberPage;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.communitysuite.platform.web.mvc.MpApi;
import com.communitysuite.user.profile.MpTexts;
import com.communitysuite.user.profile.MpUserSearch.MpUser;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;

/** mp user module items 9-17 and 23-27: SIG, MSG, Pro and city groups and their members. */
@MpApi
class MpGroupController {

    static final String MEETING_ADMIN = "@access.levelAtLeast('level', 3)";

    private final GroupService groups;

    MpGroupController(GroupService groups) {
        this.groups = groups;
    }

    record GroupName(long id, String name) {
        static GroupName of(MpGroup group) {
            return new GroupName(group.id(), group.name());
        }
    }

    /** The original's UserGroupSerializer; {@code group_type} is a string there. */
    record OwnGroup(long group, @JsonProperty("group_name") String groupName,
            @JsonProperty("group_type") String groupType, String etherpad, String description) {
        static OwnGroup of(MpGroup group) {
            return new OwnGroup(group.id(), group.name(), Integer.toString(group.type().code()), group.etherpad(),
                    group.type().description());
        }
    }

    record City(long id, String name, String etherpad) {
        static City of(MpCity city) {
            return new City(city.id(), city.name(), city.etherpad());
        }
    }

    record OwnCity(long city, @JsonProperty("city_name") String cityName, String etherpad) {
        static OwnCity of(MpCity city) {
            return new OwnCity(city.id(), city.name(), city.etherpad());
        }
    }

    @GetMapping("/mp/users_include/{groupId}")
    @PreAuthorize(MEETING_ADMIN)
    PageNumberPage<MpUser> groupMembers(@PathVariable long groupId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String search) {
        return groups.groupMembers(groupId, search, PageNumberRequest.of(page, size));
    }

    @GetMapping("/mp/users_exclude/{groupId}")
    @PreAuthorize(MEETING_ADMIN)
    PageNumberPage<MpUser> groupNonMembers(@PathVariable long groupId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String search) {
        return groups.groupNonMembers(groupId, search, PageNumberRequest.of(page, size));
    }

    @GetMapping("/mp/groups")
    @PreAuthorize(MEETING_ADMIN)
    List<GroupName> msgAndProGroups() {
        return groups.msgAndProGroups().stream().map(GroupName::of).toList();
    }

    /** This suite's own: a meeting admin creates a group ({@code group_type} 1 SIG, 2 MSG, 3 Pro). */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/mp/groups")
    @PreAuthorize(MEETING_ADMIN)
    ResponseEntity<Map<String, Object>> createGroup(@RequestBody JsonNode body) {
        MpGroup group = groups.createGroup(MpBodies.text(body, "name"), MpBodies.integer(body, "group_type"));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("code", 201, "msg", "success", "id", group.id(), "etherpad", group.etherpad()));
    }

    @GetMapping("/mp/sigs")
    @PreAuthorize(MEETING_ADMIN)
    List<GroupName> sigs(@RequestParam(required = false) String search) {
        return groups.sigs(search).stream().map(GroupName::of).toList();
    }

    @GetMapping("/mp/usergroup/{accountId}")
    List<OwnGroup> ownGroups(SuiteIdentity caller, @PathVariable long accountId) {
        return groups.groupsOf(caller, accountId).stream().map(OwnGroup::of).toList();
    }

    @PostMapping("/mp/groupuser/action/new")
    @PreAuthorize(MEETING_ADMIN)
    MpResponse<Void> addToGroup(@RequestBody JsonNode body) {
        long groupId = MpBodies.groupId(body, "group_id");
        groups.addToGroup(groupId, MpBodies.ids(body));
        return MpResponse.ok("Success to add maintainers to the group");
    }

    @PostMapping("/mp/groupuser/action/del")
    @PreAuthorize(MEETING_ADMIN)
    MpResponse<Void> removeFromGroup(@RequestBody JsonNode body) {
        long groupId = MpBodies.groupId(body, "group_id");
        groups.removeFromGroup(groupId, MpBodies.ids(body));
        return MpResponse.ok("successfully deleted");
    }

    /**
     * The document's {@code {code, msg, data}} with the original's page fields beside it, so clients of either read
     * it; without {@code city}, members of any city.
     */
    @GetMapping("/mp/users_include_city")
    @PreAuthorize(MEETING_ADMIN)
    CityMembersPage cityMembers(@RequestParam(required = false) String city,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String search) {
        Long cityId = cityId(city);
        return documentShape(groups.cityMembers(cityId, search, PageNumberRequest.of(page, size)));
    }

    @GetMapping("/mp/users_exclude_city")
    @PreAuthorize(MEETING_ADMIN)
    CityMembersPage cityNonMembers(@RequestParam(required = false) String city,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String search) {
        Long cityId = cityId(city);
        return documentShape(groups.cityNonMembers(cityId, search, PageNumberRequest.of(page, size)));
    }

    @GetMapping("/mp/cities")
    @PreAuthorize(MEETING_ADMIN)
    List<City> cities(@RequestParam(required = false) String search) {
        return groups.cities(search).stream().map(City::of).toList();
    }

    @PostMapping("/mp/city")
    @PreAuthorize(MEETING_ADMIN)
    MpResponse<Void> createCity(@RequestBody JsonNode body) {
        groups.createCity(MpBodies.text(body, "name"));
        return MpResponse.ok("success");
    }

    @PostMapping("/mp/cityuser/action/new")
    @PreAuthorize(MEETING_ADMIN)
    MpResponse<Void> addToCity(@RequestBody JsonNode body) {
        long cityId = MpBodies.groupId(body, "city_id");
        groups.addToCity(cityId, MpBodies.ids(body));
        return MpResponse.ok("success");
    }

    @PostMapping("/mp/cityuser/action/del")
    @PreAuthorize(MEETING_ADMIN)
    MpResponse<Void> removeFromCity(@RequestBody JsonNode body) {
        long cityId = MpBodies.groupId(body, "city_id");
        groups.removeFromCity(cityId, MpBodies.ids(body));
        return MpResponse.ok("success");
    }

    /** The document says POST with a body, the original served GET: both answer the caller's cities. */
    @RequestMapping(path = "/mp/usercity/{accountId}", method = { RequestMethod.GET, RequestMethod.POST })
    List<OwnCity> ownCities(SuiteIdentity caller, @PathVariable long accountId) {
        return groups.citiesOf(caller, accountId).stream().map(OwnCity::of).toList();
    }

    private Long cityId(String city) {
        if (city == null) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(city.trim());
        }
        catch (NumberFormatException e) {
            throw new InvalidInputException("city", MpTexts.PARAMETER_INVALID);
        }
        groups.requireCity(id);
        return id;
    }

    private static CityMembersPage documentShape(PageNumberPage<MpUser> page) {
        return new CityMembersPage(200, "success", page.data(), page.total(), page.page(), page.size());
    }

    /** The document's envelope with the page's rows as data and the original's page fields beside it. */
    record CityMembersPage(int code, String msg, List<MpUser> data, long total, int page, int size) {
    }
}
