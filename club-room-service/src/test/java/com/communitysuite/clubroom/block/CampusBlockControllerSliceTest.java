package com.communitysuite.clubroom.block;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.clubroom.support.CampusIdentities;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.test.SurfaceSliceTest;

/** Campus blocks: shapes, the original's texts, and who may write. */
@SurfaceSliceTest(CampusBlockController.class)
class CampusBlockControllerSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Blocks blocks;

    @Test
    void theListIsAPlainArrayOrWithALimitAPage() throws Exception {
        given(blocks.all()).willReturn(List.of(block(1, "博雅"), block(2, "志愿"), block(3, "社团")));

        mvc.perform(get("/campus/blocks/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(1))
                .andExpect(jsonPath("$[2].name").value("社团"));
        mvc.perform(get("/campus/blocks/").param("limit", "2").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.next").value("http://localhost/campus/blocks/?limit=2&offset=2"))
                .andExpect(jsonPath("$.previous").doesNotExist())
                .andExpect(jsonPath("$.results.length()").value(2))
                .andExpect(jsonPath("$.results[1].name").value("志愿"));
    }

    @Test
    void aSuperUserCreatesABlockWith201() throws Exception {
        given(blocks.create(eq("社团"), any())).willReturn(block(4, "社团"));

        mvc.perform(post("/campus/blocks/").header("Authorization", CampusIdentities.SUPER_USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" 社团 \"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(4))
                .andExpect(jsonPath("$.name").value("社团"));
    }

    @Test
    void nobodyElseWritesBlocks() throws Exception {
        mvc.perform(post("/campus/blocks/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"社团\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有执行该操作的权限。"));
        mvc.perform(put("/campus/blocks/4/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"社团\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/campus/blocks/4/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isForbidden());
        verifyNoInteractions(blocks);
    }

    @Test
    void aMissingBlankOrTooLongNameIsA400UnderName() throws Exception {
        String[][] cases = { { "{}", "该字段是必填项。" }, { "{\"name\": \"  \"}", "该字段不能为空。" },
                { "{\"name\": \"" + "版".repeat(51) + "\"}", "请确保这个字段不能超过 50 个字符。" } };
        for (String[] c : cases) {
            mvc.perform(post("/campus/blocks/").header("Authorization", CampusIdentities.SUPER_USER)
                    .contentType(MediaType.APPLICATION_JSON).content(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.name[0]").value(c[1]));
        }
        verifyNoInteractions(blocks);
    }

    @Test
    void theOriginalsDuplicateAndUnchangedNameErrors() throws Exception {
        given(blocks.create(eq("博雅"), any()))
                .willThrow(new InvalidInputException("block.name-taken", "name", "具有 版块名称 的 block 已存在。"));
        given(blocks.rename(eq(4L), eq("版块4"), any()))
                .willThrow(new InvalidInputException("block.name-unchanged", "block", "板块名称重复"));

        mvc.perform(post("/campus/blocks/").header("Authorization", CampusIdentities.SUPER_USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"博雅\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name[0]").value("具有 版块名称 的 block 已存在。"));
        mvc.perform(put("/campus/blocks/4/").header("Authorization", CampusIdentities.SUPER_USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"版块4\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.block[0]").value("板块名称重复"));
    }

    @Test
    void anUnknownBlockIsA404AndDeletingOneIs204() throws Exception {
        given(blocks.get(9)).willThrow(new NotFoundException("block.not-found", "未找到。"));

        mvc.perform(get("/campus/blocks/9/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到。"));
        mvc.perform(delete("/campus/blocks/4/").header("Authorization", CampusIdentities.SUPER_USER))
                .andExpect(status().isNoContent());
        verify(blocks).delete(eq(4L), any());
        mvc.perform(get("/campus/blocks/99999999999999999999/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isBadRequest());
    }

    static Block block(long id, String name) {
        Block block = new Block(name);
        ReflectionTestUtils.setField(block, "id", id);
        return block;
    }
}
