package com.communitysuite.activity.campus;

import java.math.BigDecimal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.CampusLists;
import com.communitysuite.activity.campus.CampusViews.AddressView;
import com.communitysuite.activity.catalog.Catalog;
import com.communitysuite.platform.web.mvc.CampusApi;

import tools.jackson.databind.JsonNode;

/** Campus activity categories and addresses: users list and create them, super users change and delete them. */
@CampusApi
class CampusCatalogController {

    private final Catalog catalog;

    CampusCatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/campus/activities/categories")
    @PreAuthorize("@access.account()")
    @CampusList(Catalog.Category.class)
    Object categories(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answerRendered(limit, offset, catalog.categories(), page -> page);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/activities/categories")
    @PreAuthorize("@access.account()")
    ResponseEntity<Catalog.Category> createCategory(@RequestBody JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalog.createCategory(categoryName(body)));
    }

    @PutMapping("/campus/activities/categories/{id:\\d+}")
    @PreAuthorize("@access.superUser()")
    Catalog.Category renameCategory(@PathVariable long id, @RequestBody JsonNode body) {
        return catalog.renameCategory(id, categoryName(body));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/activities/categories/{id:\\d+}")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<Void> deleteCategory(@PathVariable long id) {
        catalog.deleteCategory(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/campus/activities/addresses")
    @PreAuthorize("@access.account()")
    @CampusList(AddressView.class)
    Object addresses(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answerRendered(limit, offset, catalog.addresses(),
                page -> page.stream().map(AddressView::of).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/activities/addresses")
    @PreAuthorize("@access.account()")
    ResponseEntity<AddressView> createAddress(@RequestBody JsonNode body) {
        CampusFields fields = CampusFields.of(body);
        String name = fields.text("name", true, 50);
        BigDecimal longitude = fields.decimal("longitude", 10, 6);
        BigDecimal latitude = fields.decimal("latitude", 10, 6);
        fields.validate();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(AddressView.of(catalog.createAddress(name, longitude, latitude)));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/activities/addresses/{id:\\d+}")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<Void> deleteAddress(@PathVariable long id) {
        catalog.deleteAddress(id);
        return ResponseEntity.noContent().build();
    }

    private static String categoryName(JsonNode body) {
        CampusFields fields = CampusFields.of(body);
        String name = fields.text("name", true, 50);
        fields.validate();
        return name;
    }
}
