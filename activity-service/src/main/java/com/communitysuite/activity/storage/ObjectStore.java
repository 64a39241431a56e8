package com.communitysuite.activity.storage;

import java.net.URI;
import java.time.Duration;

/**
 * The object storage activity-service needs: upload URLs a client PUTs an image to, and storing bytes it made
 * itself (mini-program codes). Kept to these two operations so the shared platform storage library can stand in
 * for it.
 */
public interface ObjectStore {

    /** A URL that accepts one HTTP PUT of the object's bytes, with that content type, until it expires. */
    URI presignedPut(String key, String contentType, Duration validity);

    /** Stores the bytes under the key and answers the object's public URL. */
    String put(String key, byte[] content, String contentType);
}
