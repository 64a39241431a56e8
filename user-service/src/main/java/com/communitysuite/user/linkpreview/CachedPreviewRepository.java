package com.communitysuite.user.linkpreview;

import org.springframework.data.jpa.repository.JpaRepository;

interface CachedPreviewRepository extends JpaRepository<CachedPreview, String> {
}
