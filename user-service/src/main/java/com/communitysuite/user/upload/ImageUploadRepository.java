package com.communitysuite.user.upload;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImageUploadRepository extends JpaRepository<ImageUpload, String> {
}
