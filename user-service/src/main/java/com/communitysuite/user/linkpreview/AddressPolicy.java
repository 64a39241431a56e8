package com.communitysuite.user.linkpreview;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Which addresses the link fetcher may connect to: the OWASP SSRF block-list of integrations.md 8b (every private,
 * loopback, link-local, metadata, multicast, documentation and reserved range, IPv4 and IPv6, and the IPv6 prefixes
 * that embed an IPv4 address; IPv4-mapped IPv6 addresses arrive as the IPv4 address they map), on ports 80 and 443
 * only. Tests allow their own local server explicitly.
 */
public interface AddressPolicy {

    boolean permits(InetAddress address, int port);

    /** The production policy. */
    static AddressPolicy publicWebOnly() {
        return BlockedRanges.INSTANCE;
    }

    /** This policy, and also exactly the one address and port (a test's own server). */
    default AddressPolicy allowing(InetAddress allowed, int allowedPort) {
        return (address, port) -> (address.equals(allowed) && port == allowedPort) || permits(address, port);
    }

    /** The block-list; CIDR matching by Spring Security's {@link IpAddressMatcher}. */
    final class BlockedRanges implements AddressPolicy {

        static final BlockedRanges INSTANCE = new BlockedRanges();

        private static final List<IpAddressMatcher> BLOCKED = List.of(
                "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
                "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32",
                "::/96", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
                "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
                .stream().map(IpAddressMatcher::new).toList();

        private BlockedRanges() {
        }

        @Override
        public boolean permits(InetAddress address, int port) {
            if (port != 80 && port != 443) {
                return false;
            }
            if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress()) {
                return false;
            }
            String text = address instanceof Inet6Address ? address.getHostAddress().replaceAll("%.*$", "")
                    : address.getHostAddress();
            return BLOCKED.stream().noneMatch(range -> range.matches(text));
        }
    }
}
