package com.communitysuite.user.linkpreview;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.user.SliceIdentities;

/** The link preview on GET and POST, with the link as a query parameter or a body field. */
@SurfaceSliceTest(AppLinkPreviewController.class)
class AppLinkPreviewControllerSliceTest {

    private static final String MD5 = "0123456789abcdef0123456789abcdef";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    LinkPreviewService previews;

    @Test
    void thePreviewHasTheDocumentsFieldsOnGetAndPost() throws Exception {
        given(previews.preview(eq(MD5), any())).willReturn(new LinkPreview("t", "d", "i", "u"));

        mvc.perform(get("/app/link/preview/" + MD5 + "?link=x").header("Authorization", SliceIdentities.on("app")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result.title").value("t"))
                .andExpect(jsonPath("$.result.url").value("u"));
        mvc.perform(post("/app/link/preview/" + MD5).header("Authorization", SliceIdentities.on("app"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"link\": \"x\", \"ts\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result.description").value("d"));
    }

    @Test
    void aMismatchedLinkIsAnApp400() throws Exception {
        given(previews.preview(eq(MD5), eq("y"))).willThrow(new InvalidInputException("link", "link与linkMD5不符"));

        mvc.perform(get("/app/link/preview/" + MD5 + "?link=y").header("Authorization", SliceIdentities.on("app")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.link[0]").value("link与linkMD5不符"));
    }
}
