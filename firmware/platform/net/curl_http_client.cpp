#include "platform/net/curl_http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <mutex>
#include <optional>
#include <string_view>

namespace phare::net {

namespace {

// The multi interface is used for a single transfer so that the wait for the network is a poll we
// control: it wakes at least every kPollMs (or at once on cancel()) to look at the cancel flags.
// curl_easy_perform only calls the progress callback about once a second while a hub stalls.
constexpr int kPollMs = 50;

struct EasyDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct MultiDeleter {
    void operator()(CURLM* handle) const { curl_multi_cleanup(handle); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using HeaderList = std::unique_ptr<curl_slist, ListDeleter>;

bool global_init_succeeded()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; });
    return ok;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

bool has_line_break(std::string_view text) { return text.find_first_of("\r\n") != std::string_view::npos; }

// What the callbacks share during one exchange.
struct Transfer {
    HttpResponse& response;
    std::size_t limit;
    std::function<bool()> cancelled;
    bool too_large = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user)
{
    auto& transfer = *static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    transfer.response.bytes_received += bytes;
    if (transfer.response.body.size() + bytes > transfer.limit) {
        transfer.too_large = true;
        return 0;  // anything but `bytes` makes libcurl abandon the transfer
    }
    transfer.response.body.append(data, bytes);
    return bytes;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user)
{
    auto& transfer = *static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    transfer.response.bytes_received += bytes;
    const std::string_view line(data, bytes);
    if (starts_with_ignoring_case(line, "HTTP/")) {
        transfer.response.etag.clear();  // a new response begins (after a 100 Continue, say)
        transfer.response.retry_after_s = -1;
    } else if (starts_with_ignoring_case(line, "retry-after:")) {
        // Only the seconds form: the hub sends it, and a date would need the wall clock here.
        const std::string_view value = trimmed(line.substr(12));
        long seconds = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (error == std::errc() && end == value.data() + value.size() && seconds >= 0)
            transfer.response.retry_after_s = seconds;
    } else if (starts_with_ignoring_case(line, "etag:")) {
        transfer.response.etag = std::string(trimmed(line.substr(5)));
    } else if (starts_with_ignoring_case(line, "content-length:")) {
        // Refuse an announced oversize body before a single byte of it arrives.
        const std::string_view value = trimmed(line.substr(15));
        unsigned long long length = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), length);
        if (error == std::errc() && length > transfer.limit) {
            transfer.too_large = true;
            return 0;
        }
    }
    return bytes;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Transfer*>(user)->cancelled() ? 1 : 0;
}

}  // namespace

struct CurlHttpClient::Handles {
    std::unique_ptr<CURLM, MultiDeleter> multi;
    std::unique_ptr<CURL, EasyDeleter> easy;
};

CurlHttpClient::CurlHttpClient(HttpClientOptions options, const std::atomic<bool>* cancel)
    : m_options(std::move(options))
    , m_external_cancel(cancel)
    , m_handles(std::make_unique<Handles>())
{
    if (!global_init_succeeded())
        return;
    m_handles->multi.reset(curl_multi_init());
    m_handles->easy.reset(curl_easy_init());
}

CurlHttpClient::~CurlHttpClient() = default;

void CurlHttpClient::cancel()
{
    m_cancelled = true;
    if (m_handles->multi)
        curl_multi_wakeup(m_handles->multi.get());
}

namespace {

HttpResponse failed(std::string error)
{
    HttpResponse response;
    response.error = std::move(error);
    return response;
}

// Our headers plus the ones every request carries. Empty when a header would smuggle a line break.
std::optional<HeaderList> header_list(const HttpRequest& request)
{
    HeaderList list;
    bool has_content_type = false;
    auto append = [&list](const std::string& line) { list.reset(curl_slist_append(list.release(), line.c_str())); };
    for (const auto& [name, value] : request.headers) {
        if (has_line_break(name) || has_line_break(value) || name.empty())
            return std::nullopt;
        has_content_type = has_content_type || starts_with_ignoring_case(name, "content-type");
        append(name + ": " + value);
    }
    if (!request.body.empty() && !has_content_type)
        append("Content-Type: application/json");
    append("Expect:");  // no 100-continue round trip before a small POST
    return list;
}

}  // namespace

namespace {

void set_options(CURL* easy, const HttpRequest& request, const HttpClientOptions& options, Transfer& transfer,
                 curl_slist* headers, char* error_text)
{
    // curl_easy_reset keeps the connection cache (in the multi handle) and the DNS cache.
    curl_easy_reset(easy);
    curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);  // the hub never redirects; a 3xx is an answer
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options.ca_file.empty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, options.ca_file.c_str());
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, request.timeout_ms > 0 ? request.timeout_ms : options.total_timeout_ms);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, error_text);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    if (request.method == "POST") {
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.c_str());
    }
}

// Drives one transfer to its end, or until `cancelled` says so (then `was_cancelled`).
CURLcode perform(CURLM* multi, CURL* easy, const std::function<bool()>& cancelled, bool& was_cancelled)
{
    curl_multi_add_handle(multi, easy);
    CURLcode result = CURLE_OK;
    for (int running = 1; running > 0;) {
        if (cancelled()) {
            was_cancelled = true;
            break;
        }
        if (curl_multi_perform(multi, &running) != CURLM_OK) {
            result = CURLE_FAILED_INIT;
            break;
        }
        if (running > 0)
            curl_multi_poll(multi, nullptr, 0, kPollMs, nullptr);
    }
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
        if (message->msg == CURLMSG_DONE && message->easy_handle == easy)
            result = message->data.result;
    }
    return result;
}

}  // namespace

HttpResponse CurlHttpClient::send(const HttpRequest& request)
{
    if (!m_handles->multi || !m_handles->easy)
        return failed("libcurl could not initialise");
    auto shutting_down = [this] { return m_cancelled.load() || (m_external_cancel && m_external_cancel->load()); };
    auto interrupted = [&request] { return request.interrupt && request.interrupt->load(); };
    std::function<bool()> cancelled = [&] { return shutting_down() || interrupted(); };
    if (shutting_down())
        return failed("cancelled");
    if (interrupted())
        return failed("interrupted");
    if (request.method != "GET" && request.method != "POST")
        return failed("unsupported HTTP method " + request.method);
    auto headers = header_list(request);
    if (!headers)
        return failed("a request header contains a line break or has no name");

    HttpResponse response;
    Transfer transfer{response, request.max_response_bytes, cancelled};
    char error_text[CURL_ERROR_SIZE] = {};
    CURL* easy = m_handles->easy.get();
    set_options(easy, request, m_options, transfer, headers->get(), error_text);
    bool was_cancelled = false;
    const CURLcode result = perform(m_handles->multi.get(), easy, cancelled, was_cancelled);
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    long request_size = 0;
    curl_easy_getinfo(easy, CURLINFO_REQUEST_SIZE, &request_size);
    curl_multi_remove_handle(m_handles->multi.get(), easy);

    response.status = static_cast<int>(status);
    response.bytes_sent = static_cast<std::size_t>(request_size);
    const std::string curl_says = error_text[0] ? std::string(error_text) : std::string(curl_easy_strerror(result));
    if (was_cancelled || result == CURLE_ABORTED_BY_CALLBACK)
        response.error = shutting_down() ? "cancelled" : "interrupted";
    else if (transfer.too_large)
        response.error = "response larger than " + std::to_string(request.max_response_bytes) + " bytes";
    else if (result == CURLE_OPERATION_TIMEDOUT)
        response.error = "timed out: " + curl_says;
    else if (result != CURLE_OK)
        response.error = curl_says;
    if (!response.error.empty())
        response.body.clear();
    return response;
}

}  // namespace phare::net
