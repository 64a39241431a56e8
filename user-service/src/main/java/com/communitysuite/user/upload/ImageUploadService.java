package com.communitysuite.user.upload;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.storage.ObjectStore;
import com.communitysuite.platform.storage.PresignedUpload;
import com.communitysuite.user.profile.UserProfileRepository;

/** Upload credentials for app images: a presigned PUT of one JPEG to {@code image/<uid>/<dir>/<id>.jpg}. */
@Service
public class ImageUploadService {

    static final String JPEG = "image/jpeg";

    private final ObjectStore store;
    private final ImageUploadRepository uploads;
    private final UserProfileRepository profiles;
    private final Clock clock;

    ImageUploadService(ObjectStore store, ImageUploadRepository uploads, UserProfileRepository profiles, Clock clock) {
        this.store = store;
        this.uploads = uploads;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** What the client needs to upload, and the id and URL of the image it will be. */
    public record ImageUploadCredential(String uploadAddress, String imageId, String imageURL) {
    }

    @Transactional
    public ImageUploadCredential credential(SuiteIdentity caller, String imageDir) {
        ImageDir dir = ImageDir.of(imageDir);
        if (!profiles.existsById(caller.accountId())) {
            throw new NotFoundException("user.not-found", "用户不存在");
        }
        String imageId = UUID.randomUUID().toString().replace("-", "");
        String key = "image/" + caller.uid() + "/" + dir.path() + "/" + imageId + ".jpg";
        uploads.save(new ImageUpload(imageId, caller.accountId(), dir, key, clock.instant()));
        PresignedUpload upload = store.presignUpload(key, JPEG);
        return new ImageUploadCredential(upload.uploadUrl(), imageId, upload.publicUrl());
    }
}
