package com.communitysuite.user.linkpreview;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Every address a host name stands for (A and AAAA); an IP literal is itself. Tests give names of their own. */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
