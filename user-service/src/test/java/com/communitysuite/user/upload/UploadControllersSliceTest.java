package com.communitysuite.user.upload;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.storage.LocalObjectStore;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;
import com.communitysuite.user.SliceIdentities;

/** The upload credential and the local store's PUT: the document's fields, refusals in the app shape. */
@SurfaceSliceTest({ AppUploadController.class, LocalStoreController.class })
class UploadControllersSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ImageUploadService uploads;
    @MockitoBean
    LocalObjectStore store;

    @Test
    void theCredentialHasTheDocumentsFields() throws Exception {
        given(uploads.credential(any(), any())).willReturn(new ImageUploadService.ImageUploadCredential(
                "http://localhost:8080/aliyun/local-store/image/u/cover/a.jpg?Signature=s", "a",
                "http://localhost:8080/aliyun/local-store/image/u/cover/a.jpg"));

        mvc.perform(post("/aliyun/image/upload").header("Authorization", SliceIdentities.on("app"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"imageDir\": \"cover\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result.uploadAddress").exists())
                .andExpect(jsonPath("$.result.imageId").value("a")).andExpect(jsonPath("$.result.imageURL").exists());
        mvc.perform(post("/aliyun/image/upload").header("Authorization", TestIdentities.anonymous("app"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"imageDir\": \"cover\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLocalStoreRefusesWhatItDidNotPresign() throws Exception {
        given(store.verifyUpload(any(), any(), any(), anyLong())).willReturn(LocalObjectStore.Verdict.EXPIRED);

        mvc.perform(put("/aliyun/local-store/image/u/cover/a.jpg?Signature=s")
                .header("Authorization", TestIdentities.anonymous("app")).contentType("image/jpeg").content(new byte[3]))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.message").value("Forbidden"))
                .andExpect(jsonPath("$.detail").value("上传地址已过期"));
        given(store.verifyUpload(any(), any(), any(), anyLong())).willReturn(LocalObjectStore.Verdict.TOO_LARGE);
        mvc.perform(put("/aliyun/local-store/image/u/cover/a.jpg?Signature=s")
                .header("Authorization", TestIdentities.anonymous("app")).contentType("image/jpeg").content(new byte[3]))
                .andExpect(status().isPayloadTooLarge());
    }
}
