package com.communitysuite.clubroom.block;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import com.communitysuite.clubroom.campus.CampusShapes.BlockView;
import com.communitysuite.clubroom.campus.CampusTexts;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;

/** Campus blocks: read by any signed-in user, written by super users. */
@CampusApi
class CampusBlockController {

    private final Blocks blocks;

    CampusBlockController(Blocks blocks) {
        this.blocks = blocks;
    }

    record BlockRequest(
            @NotNull(message = CampusTexts.REQUIRED) @Pattern(regexp = CampusTexts.NOT_BLANK,
                    message = CampusTexts.BLANK) @Size(max = Block.MAX_NAME, message = CampusTexts.MAX_50) String name) {

        String trimmedName() {
            return name.strip();
        }
    }

    @GetMapping("/campus/blocks")
    @PreAuthorize("@access.account()")
    @CampusList(BlockView.class)
    Object all(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answer(limit, offset, blocks.all(), BlockView::of);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/blocks")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<BlockView> create(@Valid @RequestBody BlockRequest request, SuiteIdentity identity) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(BlockView.of(blocks.create(request.trimmedName(), Caller.of(identity))));
    }

    @GetMapping("/campus/blocks/{id:\\d+}")
    @PreAuthorize("@access.account()")
    BlockView one(@PathVariable long id) {
        return BlockView.of(blocks.get(id));
    }

    @PutMapping("/campus/blocks/{id:\\d+}")
    @PreAuthorize("@access.superUser()")
    BlockView rename(@PathVariable long id, @Valid @RequestBody BlockRequest request, SuiteIdentity identity) {
        return BlockView.of(blocks.rename(id, request.trimmedName(), Caller.of(identity)));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/blocks/{id:\\d+}")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<Void> delete(@PathVariable long id, SuiteIdentity identity) {
        blocks.delete(id, Caller.of(identity));
        return ResponseEntity.noContent().build();
    }
}
