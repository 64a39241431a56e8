package com.communitysuite.platform.storage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The {@link ObjectStore} {@code suite.storage.provider} names; nothing when no provider is configured. */
@AutoConfiguration
@EnableConfigurationProperties(StorageProperties.class)
@ConditionalOnProperty(prefix = "suite.storage", name = "provider")
public class StorageAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "suite.storage", name = "provider", havingValue = "s3")
    static class S3Store {

        @Bean
        @ConditionalOnMissingBean(ObjectStore.class)
        S3ObjectStore s3ObjectStore(StorageProperties properties) {
            StorageProperties.S3 s3 = properties.s3();
            Region region = Region.of(StringUtils.hasText(s3.region()) ? s3.region() : "us-east-1");
            AwsCredentials credentials = StringUtils.hasText(s3.sessionToken())
                    ? AwsSessionCredentials.create(s3.accessKey(), s3.secretKey(), s3.sessionToken())
                    : AwsBasicCredentials.create(s3.accessKey(), s3.secretKey());
            StaticCredentialsProvider provider = StaticCredentialsProvider.create(credentials);
            S3Configuration configuration = S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build();
            S3Presigner.Builder presigner = S3Presigner.builder().region(region).credentialsProvider(provider)
                    .serviceConfiguration(configuration);
            var client = S3Client.builder().region(region).credentialsProvider(provider)
                    .serviceConfiguration(configuration).httpClient(UrlConnectionHttpClient.create());
            if (StringUtils.hasText(s3.endpoint())) {
                presigner.endpointOverride(URI.create(s3.endpoint()));
            }
            String ownEndpoint = StringUtils.hasText(s3.internalEndpoint()) ? s3.internalEndpoint() : s3.endpoint();
            if (StringUtils.hasText(ownEndpoint)) {
                client.endpointOverride(URI.create(ownEndpoint));
            }
            String publicUrl = StringUtils.hasText(s3.publicUrl()) ? s3.publicUrl()
                    : StringUtils.hasText(s3.endpoint())
                            ? StorageProperties.withoutTrailingSlash(s3.endpoint()) + "/" + s3.bucket()
                            : "https://" + s3.bucket() + ".s3." + region.id() + ".amazonaws.com";
            return new S3ObjectStore(presigner.build(), client.build(), s3.bucket(), publicUrl,
                    properties.uploadValidity());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "suite.storage", name = "provider", havingValue = "oss")
    static class OssStore {

        @Bean
        @ConditionalOnMissingBean(ObjectStore.class)
        OssObjectStore ossObjectStore(StorageProperties properties, ObjectProvider<Clock> clock) {
            StorageProperties.Oss oss = properties.oss();
            DefaultCredentialProvider credentials = StringUtils.hasText(oss.securityToken())
                    ? new DefaultCredentialProvider(oss.accessKeyId(), oss.accessKeySecret(), oss.securityToken())
                    : new DefaultCredentialProvider(oss.accessKeyId(), oss.accessKeySecret());
            OSS client = new OSSClientBuilder().build(oss.endpoint(), credentials);
            String publicUrl = StringUtils.hasText(oss.publicUrl()) ? oss.publicUrl()
                    : "https://" + oss.bucket() + "." + URI.create(oss.endpoint()).getHost();
            return new OssObjectStore(client, oss.bucket(), publicUrl, properties.uploadValidity(),
                    clock.getIfAvailable(Clock::systemUTC));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "suite.storage", name = "provider", havingValue = "local")
    static class LocalStore {

        @Bean
        @ConditionalOnMissingBean(ObjectStore.class)
        LocalObjectStore localObjectStore(StorageProperties properties, Environment environment,
                ObjectProvider<Clock> clock) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("suite.storage.provider=local keeps uploads in a local directory:"
                        + " it is refused under the prod profile");
            }
            StorageProperties.Local local = properties.local();
            String directory = StringUtils.hasText(local.directory()) ? local.directory() : "var/storage";
            String publicUrl = StringUtils.hasText(local.publicUrl()) ? local.publicUrl()
                    : StorageProperties.withoutTrailingSlash(
                            environment.getProperty("suite.public-base-url", "http://localhost:8080"))
                            + LocalObjectStore.GATEWAY_PATH;
            byte[] secret;
            if (StringUtils.hasText(local.signingSecret())) {
                secret = local.signingSecret().getBytes(StandardCharsets.UTF_8);
            }
            else {
                secret = new byte[32];
                new SecureRandom().nextBytes(secret);
            }
            return new LocalObjectStore(Path.of(directory), publicUrl, secret, properties.uploadValidity(),
                    properties.maxUploadSize().toBytes(), clock.getIfAvailable(Clock::systemUTC));
        }
    }
}
