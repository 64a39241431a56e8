-- Released app versions per client type (1 iOS, 2 Android); the app asks for the newest above its own.
CREATE TABLE app_version (
    version_id      VARCHAR(32)  PRIMARY KEY,
    client_type     SMALLINT     NOT NULL CHECK (client_type IN (1, 2)),
    version_code    INTEGER      NOT NULL CHECK (version_code >= 0),
    version_name    VARCHAR(32)  NOT NULL,
    version_desc    TEXT         NOT NULL,
    download_url    VARCHAR(512) NOT NULL,
    forced_upgrade  SMALLINT     NOT NULL DEFAULT 0 CHECK (forced_upgrade IN (0, 1)),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (client_type, version_code)
);

-- versionId is md5("clientType:versionCode"), as the original documented it.
INSERT INTO app_version (version_id, client_type, version_code, version_name, version_desc, download_url, forced_upgrade, created_at)
VALUES
    (md5('1:17'), 1, 17, '0.1.5', '1. 修复了一些已知问题', 'https://apps.apple.com/cn/app/id1556448380', 0, to_timestamp(1616402035)),
    (md5('1:18'), 1, 18, '0.1.6', '1. 优化了活动列表的加载速度 2. 修复了一些已知问题', 'https://apps.apple.com/cn/app/id1556448380', 0, to_timestamp(1617611635)),
    (md5('1:19'), 1, 19, '0.1.7',
     '1. 增加了名片夹功能 - 现在可以向其他人发送你的名片了，当对方收到你的名片，他/她就可以在App内直接邀请你加入某个活动。 2. 增加了通知功能 - 当有人给你发送名片或在App内邀请你加入活动时，你可以收到对应的通知了。 3. 增加了私密活动 - 现在可以创建私密的活动了，只有被邀请的人才能加入一个私密的活动。 4. 修复了一些已知问题',
     'https://apps.apple.com/cn/app/id1556448380', 0, to_timestamp(1618818435.105)),
    (md5('2:18'), 2, 18, '0.1.6', '1. 优化了活动列表的加载速度 2. 修复了一些已知问题', 'https://download.chaoqer.com/android/chaoqer-0.1.6.apk', 0, to_timestamp(1617611635)),
    (md5('2:19'), 2, 19, '0.1.7',
     '1. 增加了名片夹功能 2. 增加了通知功能 3. 增加了私密活动 4. 修复了一些已知问题',
     'https://download.chaoqer.com/android/chaoqer-0.1.7.apk', 0, to_timestamp(1618818435.105));
