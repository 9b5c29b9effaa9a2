#include "client_address.h"

#include <arpa/inet.h>

#include <charconv>
#include <cstring>
#include <optional>

namespace phare::hub {

namespace {

std::optional<std::array<unsigned char, 16>> address_bytes(std::string_view text)
{
    std::string copy(text);
    std::array<unsigned char, 16> bytes{};
    in_addr v4{};
    if (::inet_pton(AF_INET, copy.c_str(), &v4) == 1) {
        bytes[10] = 0xff;
        bytes[11] = 0xff;
        std::memcpy(bytes.data() + 12, &v4, 4);
        return bytes;
    }
    in6_addr v6{};
    if (::inet_pton(AF_INET6, copy.c_str(), &v6) == 1) {
        std::memcpy(bytes.data(), &v6, 16);
        return bytes;
    }
    return std::nullopt;
}

bool is_v4_mapped(const std::array<unsigned char, 16>& bytes)
{
    for (int i = 0; i < 10; ++i)
        if (bytes[static_cast<std::size_t>(i)] != 0)
            return false;
    return bytes[10] == 0xff && bytes[11] == 0xff;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

}  // namespace

Result<TrustedProxies> TrustedProxies::parse(const std::vector<std::string>& networks)
{
    TrustedProxies proxies;
    for (const auto& text : networks) {
        const std::size_t slash = text.find('/');
        auto bytes = address_bytes(std::string_view(text).substr(0, slash));
        if (!bytes)
            return fail("trusted proxy \"" + text + "\"", "not an IPv4 or IPv6 address");
        int prefix = 128;
        if (slash != std::string::npos) {
            const char* first = text.data() + slash + 1;
            const char* last = text.data() + text.size();
            auto [end, error] = std::from_chars(first, last, prefix);
            const int most = is_v4_mapped(*bytes) ? 32 : 128;
            if (error != std::errc() || end != last || prefix < 0 || prefix > most)
                return fail("trusted proxy \"" + text + "\"", "the prefix length must be 0 to " + std::to_string(most));
            if (is_v4_mapped(*bytes))
                prefix += 96;
        }
        proxies.m_networks.push_back({*bytes, prefix});
    }
    return proxies;
}

bool TrustedProxies::contains(std::string_view address) const
{
    auto bytes = address_bytes(address);
    if (!bytes)
        return false;
    for (const auto& network : m_networks) {
        int left = network.prefix;
        bool inside = true;
        for (std::size_t i = 0; i < 16 && left > 0 && inside; ++i, left -= 8) {
            const int bits = left >= 8 ? 8 : left;
            const auto mask = static_cast<unsigned char>(0xff << (8 - bits));
            inside = ((*bytes)[i] & mask) == (network.bytes[i] & mask);
        }
        if (inside)
            return true;
    }
    return false;
}

std::string TrustedProxies::client_of(std::string_view peer, std::string_view forwarded_for) const
{
    std::string client = canonical_address(peer);
    if (!contains(client))
        return client;
    // Walk from the proxy nearest the hub towards the client; stop at the first hop not trusted.
    while (!forwarded_for.empty()) {
        const std::size_t comma = forwarded_for.rfind(',');
        std::string_view hop = trim(comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1));
        forwarded_for = comma == std::string_view::npos ? std::string_view() : forwarded_for.substr(0, comma);
        std::string address = canonical_address(hop);
        if (address.empty())
            return client;  // garbage beyond this point was written by the client, not a proxy
        client = address;
        if (!contains(client))
            return client;
    }
    return client;
}

std::string canonical_address(std::string_view address)
{
    auto bytes = address_bytes(address);
    if (!bytes)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    if (is_v4_mapped(*bytes))
        ::inet_ntop(AF_INET, bytes->data() + 12, text, sizeof text);
    else
        ::inet_ntop(AF_INET6, bytes->data(), text, sizeof text);
    return text;
}

}  // namespace phare::hub
