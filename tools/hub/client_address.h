#pragma once
// Who a request really comes from. Behind a TLS proxy every connection's peer is the proxy, so
// limits keyed on the peer would put every kiosk and agent in one bucket. The hub believes the
// X-Forwarded-For header only from the proxies it is told to trust, and takes the right-most address
// there that is not one of them: a client can prepend anything, but not what its own proxy appends.

#include "core/error.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace phare::hub {

class TrustedProxies {
public:
    // Addresses or networks: "127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8". An error is about the
    // one refused ("trusted proxy \"10.0.0.0/33\"").
    static Result<TrustedProxies> parse(const std::vector<std::string>& networks);

    bool empty() const { return m_networks.empty(); }
    bool contains(std::string_view address) const;
    // The client behind `peer`: the peer itself unless it is trusted, else the right-most untrusted
    // address of `forwarded_for` (all the X-Forwarded-For headers joined by commas).
    std::string client_of(std::string_view peer, std::string_view forwarded_for) const;

private:
    struct Network {
        std::array<unsigned char, 16> bytes{};  // IPv4 as IPv4-mapped IPv6
        int prefix = 128;
    };
    std::vector<Network> m_networks;
};

// "::ffff:192.0.2.1" -> "192.0.2.1"; other addresses unchanged. Empty when not an address.
std::string canonical_address(std::string_view address);

}  // namespace phare::hub
