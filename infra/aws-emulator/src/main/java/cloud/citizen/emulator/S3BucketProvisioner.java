package cloud.citizen.emulator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import cloud.citizen.emulator.ProvisionedResources.Resource;
import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.TemplateResource;

/** Creates {@code AWS::S3::Bucket} resources; existing buckets are kept. */
final class S3BucketProvisioner {

    static final String BUCKET = "AWS::S3::Bucket";

    private final S3Client s3;

    S3BucketProvisioner(S3Client s3) {
        this.s3 = s3;
    }

    Resource provision(TemplateResource resource, IntrinsicResolver resolver) {
        String name = Optional.ofNullable(resolver.resolveString(resource.properties().get("BucketName")))
                .orElse(kebabCase(resource.logicalId()));
        if (!exists(name)) {
            s3.createBucket(b -> b.bucket(name));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Arn", "arn:aws:s3:::" + name);
        attributes.put("DomainName", name + ".s3.amazonaws.com");
        attributes.put("RegionalDomainName", name + ".s3." + IntrinsicResolver.REGION + ".amazonaws.com");
        return new Resource(resource.logicalId(), resource.type(), name, attributes);
    }

    /** {@code BillsImportBucket} -> {@code bills-import-bucket}; {@code S3ReportsBucket} -> {@code s3-reports-bucket}. */
    static String kebabCase(String logicalId) {
        String dashed = logicalId
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2");
        return dashed.toLowerCase(Locale.ROOT);
    }

    private boolean exists(String name) {
        try {
            s3.headBucket(b -> b.bucket(name));
            return true;
        } catch (NoSuchBucketException absent) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
