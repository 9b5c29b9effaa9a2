#include "http_message.h"

#include <algorithm>
#include <cctype>

namespace phare::hub::http {

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

template<typename Map>
std::string first_value(const Map& map, const std::string& name)
{
    auto it = map.find(name);
    return it == map.end() ? std::string() : it->second;
}

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

}  // namespace

bool CaseInsensitiveLess::operator()(const std::string& a, const std::string& b) const
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) { return lower(x) < lower(y); });
}

std::string Request::get_header_value(const std::string& name) const { return first_value(headers, name); }
bool Request::has_header(const std::string& name) const { return headers.find(name) != headers.end(); }
std::string Request::get_param_value(const std::string& name) const { return first_value(params, name); }
bool Request::has_param(const std::string& name) const { return params.find(name) != params.end(); }
std::string Request::form_value(const std::string& name) const { return first_value(form, name); }

void Response::set_header(const std::string& name, const std::string& value) { headers.emplace(name, value); }
std::string Response::get_header_value(const std::string& name) const { return first_value(headers, name); }
bool Response::has_header(const std::string& name) const { return headers.find(name) != headers.end(); }

void Response::set_content(std::string content, const std::string& content_type)
{
    body = std::move(content);
    headers.erase("Content-Type");
    headers.emplace("Content-Type", content_type);
}

std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            int high = hex_digit(text[i + 1]);
            int low = hex_digit(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            c = static_cast<char>(high * 16 + low);
            i += 2;
        } else if (c == '+' && plus_is_space) {
            c = ' ';
        }
        out += c;
    }
    return out;
}

std::optional<Params> parse_urlencoded(std::string_view text)
{
    Params params;
    while (!text.empty()) {
        std::size_t amp = text.find('&');
        std::string_view pair = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (pair.empty())
            continue;
        std::size_t eq = pair.find('=');
        auto name = percent_decode(pair.substr(0, eq), true);
        auto value = percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
        if (!name || !value)
            return std::nullopt;
        params.emplace(std::move(*name), std::move(*value));
    }
    return params;
}

std::optional<Target> decode_target(std::string_view target)
{
    const std::size_t mark = target.find('?');
    auto path = percent_decode(target.substr(0, mark), false);
    auto query = parse_urlencoded(mark == std::string_view::npos ? std::string_view() : target.substr(mark + 1));
    if (!path || !query || path->find('\0') != std::string::npos)
        return std::nullopt;
    return Target{std::move(*path), std::move(*query)};
}

std::string_view reason_phrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

}  // namespace phare::hub::http
