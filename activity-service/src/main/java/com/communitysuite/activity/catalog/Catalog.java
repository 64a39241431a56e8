package com.communitysuite.activity.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.activity.ActivityRemoval;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;

/**
 * The campus platform's activity categories and addresses: names unique (the database decides, so two simultaneous
 * creations of one name cannot both succeed). Deleting one deletes its activities, as the original's cascade did.
 */
@Service
public class Catalog {

    public static final String CATEGORY_EXISTS = "具有 分类名称 的 category 已存在。";
    public static final String CATEGORY_UNCHANGED = "分类名称重复";
    public static final String ADDRESS_EXISTS = "具有 地址名称 的 address 已存在。";
    public static final String NOT_FOUND = "未找到。";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final ActivityRemoval removal;

    Catalog(JdbcTemplate jdbc, ActivityRemoval removal) {
        this.jdbc = jdbc;
        this.removal = removal;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public record Category(long id, String name) {
    }

    public record Address(long id, String name, BigDecimal longitude, BigDecimal latitude) {
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        return jdbc.query("SELECT id, name FROM activity_category ORDER BY id",
                (rs, n) -> new Category(rs.getLong(1), rs.getString(2)));
    }

    @Transactional
    public Category createCategory(String name) {
        try {
            Long id = jdbc.queryForObject("INSERT INTO activity_category (name) VALUES (?) RETURNING id", Long.class,
                    name);
            return new Category(id, name);
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", CATEGORY_EXISTS);
        }
    }

    @Transactional
    public Category renameCategory(long id, String name) {
        String current = jdbc.query("SELECT name FROM activity_category WHERE id = ? FOR UPDATE",
                (rs, n) -> rs.getString(1), id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("category.not-found", NOT_FOUND));
        if (current.equals(name)) {
            throw new InvalidInputException("category", CATEGORY_UNCHANGED);
        }
        try {
            jdbc.update("UPDATE activity_category SET name = ? WHERE id = ?", name, id);
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", CATEGORY_EXISTS);
        }
        return new Category(id, name);
    }

    @Transactional
    public void deleteCategory(long id) {
        removal.deleteWhere("SELECT id FROM activity WHERE category_id = ? ORDER BY id", id, null);
        if (jdbc.update("DELETE FROM activity_category WHERE id = ?", id) == 0) {
            throw new NotFoundException("category.not-found", NOT_FOUND);
        }
    }

    @Transactional(readOnly = true)
    public List<Address> addresses() {
        return jdbc.query("SELECT id, name, longitude, latitude FROM activity_address ORDER BY id",
                (rs, n) -> new Address(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
    }

    @Transactional
    public Address createAddress(String name, BigDecimal longitude, BigDecimal latitude) {
        try {
            Long id = jdbc.queryForObject("INSERT INTO activity_address (name, longitude, latitude) VALUES (?, ?, ?)"
                    + " RETURNING id", Long.class, name, longitude, latitude);
            return new Address(id, name, longitude, latitude);
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", ADDRESS_EXISTS);
        }
    }

    @Transactional
    public void deleteAddress(long id) {
        removal.deleteWhere("SELECT id FROM activity WHERE location_id = ? ORDER BY id", id, null);
        if (jdbc.update("DELETE FROM activity_address WHERE id = ?", id) == 0) {
            throw new NotFoundException("address.not-found", NOT_FOUND);
        }
    }

    @Transactional(readOnly = true)
    public boolean categoryExists(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM activity_category WHERE id = ?)",
                Boolean.class, id));
    }

    @Transactional(readOnly = true)
    public boolean addressExists(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM activity_address WHERE id = ?)",
                Boolean.class, id));
    }

    @Transactional(readOnly = true)
    public Map<Long, Category> categoriesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : named.query("SELECT id, name FROM activity_category WHERE id IN (:ids)",
                        new MapSqlParameterSource("ids", ids), (rs, n) -> new Category(rs.getLong(1), rs.getString(2)))
                        .stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Map<Long, Address> addressesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : named.query("SELECT id, name, longitude, latitude FROM activity_address WHERE id IN (:ids)",
                        new MapSqlParameterSource("ids", ids), (rs, n) -> new Address(rs.getLong(1),
                                rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                        .stream().collect(Collectors.toMap(Address::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<Category> category(long id) {
        return categoriesByIds(List.of(id)).values().stream().findFirst();
    }
}
