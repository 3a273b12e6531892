package io.newsflow.ingest.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Server-side request forgery defence: a feed URL must be http(s) and its host must resolve only to public addresses.
 * Loopback, private (RFC 1918, unique-local), link-local (including cloud metadata at 169.254.169.254), carrier-grade
 * NAT, multicast and unspecified addresses are refused, unless allowed by configuration. Checked on registration
 * and on every fetch and redirect hop; {@link #check} returns the address it approved, so that the fetch connects to
 * that one instead of asking DNS again (an answer that changes between the check and the connection, "DNS
 * rebinding", would otherwise slip a private address through).
 */
final class AddressGuard {

    /** Host name to addresses: DNS, or a stand-in in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    AddressGuard(boolean allowPrivate, java.util.Collection<String> allowedHosts) {
        this(allowPrivate, allowedHosts, InetAddress::getAllByName);
    }

    AddressGuard(boolean allowPrivate, java.util.Collection<String> allowedHosts, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    static AddressGuard from(FeedProperties properties) {
        return new AddressGuard(properties.allowPrivateAddresses(), properties.allowedHosts());
    }

    /**
     * Returns normally when {@code uri} may be fetched; otherwise throws {@link FeedRejectedException} saying why.
     * Returns the approved address to connect to (the first one DNS gave, as the JDK would pick), or null when the
     * host is trusted by configuration ({@code allow-private-addresses}, or the host in {@code allowed-hosts}) and
     * was not looked up.
     */
    InetAddress check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedRejectedException("feed URL must be http or https: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FeedRejectedException("feed URL has no host: " + uri);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowPrivate || allowedHosts.contains(host)) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FeedFetchException("cannot resolve host " + host, e);
        }
        if (addresses.length == 0) {
            throw new FeedFetchException("cannot resolve host " + host + ": no addresses");
        }
        for (InetAddress address : addresses) {
            if (isNonPublic(address) && !allowedHosts.contains(address.getHostAddress())) {
                throw new FeedRejectedException("feed URL " + uri + " resolves to non-public address "
                        + address.getHostAddress() + "; refused (set newsflow.feeds.allowed-hosts to allow it)");
            }
        }
        return addresses[0];
    }

    static boolean isNonPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)    // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19))       // benchmarking
                    || first >= 240;                                          // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7, includes fd00:ec2::254 metadata
                return true;
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isNonPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
