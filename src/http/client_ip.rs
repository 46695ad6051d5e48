//! The client's address: the socket peer's, or — when the peer is a trusted proxy — the
//! right-most address in `X-Forwarded-For` that is not itself a trusted proxy. Everything left
//! of that hop is whatever the client chose to send, so it is never believed.

use std::net::{IpAddr, SocketAddr};

use axum::http::HeaderMap;
use ipnet::IpNet;

const X_FORWARDED_FOR: &str = "x-forwarded-for";

pub fn client_addr(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpNet]) -> Option<IpAddr> {
    let peer = peer?.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let hops: Vec<&str> = headers
        .get_all(X_FORWARDED_FOR)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        // A hop that is not an address ends the chain: the last proxy we trust is the client.
        let Some(ip) = parse_hop(hop) else {
            break;
        };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    Some(client)
}

/// `203.0.113.7`, `2001:db8::1`, or with a port (`203.0.113.7:4711`, `[2001:db8::1]:4711`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|s| s.ip()))
        .ok()
        .map(|ip| ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(peer: &str, xff: &[&str], trusted: &[&str]) -> String {
        let mut headers = HeaderMap::new();
        for v in xff {
            headers.append(X_FORWARDED_FOR, v.parse().unwrap());
        }
        let trusted: Vec<IpNet> = trusted.iter().map(|t| t.parse().unwrap()).collect();
        client_addr(Some(peer.parse().unwrap()), &headers, &trusted)
            .unwrap()
            .to_string()
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        // No trusted proxy: the header is ignored.
        assert_eq!(addr("198.51.100.1", &["203.0.113.9"], &[]), "198.51.100.1");
        // An untrusted peer cannot claim to forward.
        assert_eq!(
            addr("198.51.100.1", &["203.0.113.9"], &["10.0.0.0/8"]),
            "198.51.100.1"
        );
        // The right-most untrusted hop wins; what the client put on the left is ignored.
        assert_eq!(
            addr(
                "10.0.0.2",
                &["1.1.1.1, 203.0.113.9, 10.0.0.1"],
                &["10.0.0.0/8"]
            ),
            "203.0.113.9"
        );
        // Several headers are one list, in order.
        assert_eq!(
            addr("10.0.0.2", &["1.1.1.1", "203.0.113.9:443"], &["10.0.0.0/8"]),
            "203.0.113.9"
        );
        // Garbage ends the chain at the last trusted proxy.
        assert_eq!(
            addr(
                "10.0.0.2",
                &["203.0.113.9, nonsense, 10.0.0.1"],
                &["10.0.0.0/8"]
            ),
            "10.0.0.1"
        );
        // No header behind a trusted proxy: the proxy itself.
        assert_eq!(addr("10.0.0.2", &[], &["10.0.0.0/8"]), "10.0.0.2");
        assert_eq!(
            addr("::ffff:10.0.0.2", &["[2001:db8::7]:80"], &["10.0.0.0/8"]),
            "2001:db8::7"
        );
    }
}
