// TLS as the kiosk meets it: a real TLS server (`openssl s_server`) with certificates made for the
// test. The client trusts a pinned CA file, refuses a server its trust store does not vouch for,
// and refuses a certificate made out to another name. Skipped (with a warning) without openssl.

#include "support/free_port.h"
#include "support/spawn.h"
#include "sync_support.h"

#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>


using namespace phare;

namespace {

bool run(const std::string& command) { return std::system((command + " >/dev/null 2>&1").c_str()) == 0; }

// A CA, and two server certificates it signed: one for 127.0.0.1, one for another name.
bool make_certificates(const std::string& dir)
{
    const std::string ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
    std::ofstream(dir + "/ip.ext") << "subjectAltName=IP:127.0.0.1\n";
    std::ofstream(dir + "/other.ext") << "subjectAltName=DNS:other.example\n";
    bool ok = run("openssl req -x509 " + ec + " -keyout " + dir + "/ca.key -out " + dir +
                  "/ca.pem -days 2 -subj '/CN=Phare test CA'");
    for (const std::string name : {"ip", "other"}) {
        ok = ok && run("openssl req " + ec + " -keyout " + dir + "/" + name + ".key -out " + dir + "/" + name +
                       ".csr -subj '/CN=" + name + "'");
        ok = ok && run("openssl x509 -req -in " + dir + "/" + name + ".csr -CA " + dir + "/ca.pem -CAkey " + dir +
                       "/ca.key -CAcreateserial -days 2 -out " + dir + "/" + name + ".pem -extfile " + dir + "/" + name +
                       ".ext");
    }
    return ok;
}


bool accepts_connections(int port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

// `openssl s_server -www` answers any GET with a status page over TLS.
class TlsServer {
public:
    TlsServer(const std::string& cert, const std::string& key) : m_port(test::free_loopback_port())
    {
        try {
            m_pid = test::spawn_process("openssl", {"s_server", "-quiet", "-www", "-accept", "127.0.0.1:" + std::to_string(m_port), "-cert",
                                                    cert, "-key", key});
        } catch (const std::runtime_error&) {
            m_pid = 0;  // no openssl: the test says so and skips
        }
        for (int i = 0; i < 500 && m_pid && !accepts_connections(m_port); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ~TlsServer()
    {
        if (m_pid) {
            ::kill(m_pid, SIGTERM);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(m_port) + "/"; }

private:
    int m_port;
    pid_t m_pid = 0;
};

net::HttpResponse get(const std::string& url, const std::string& ca_file)
{
    net::HttpClientOptions options = test::quick_client();
    options.ca_file = ca_file;
    net::CurlHttpClient http(options);
    net::HttpRequest request;
    request.url = url;
    return http.send(request);
}

}  // namespace

TEST_CASE("TLS: a pinned CA is trusted, an unknown CA and a certificate for another name are refused", "[sync][net][tls]")
{
    test::TempDir dir;
    if (!run("command -v openssl") || !make_certificates(dir.path())) {
        WARN("openssl is missing: the TLS test did not run");
        return;
    }
    {
        TlsServer server(dir.path() + "/ip.pem", dir.path() + "/ip.key");
        auto pinned = get(server.url(), dir.path() + "/ca.pem");
        INFO(pinned.error);
        CHECK(pinned.ok());
        CHECK(pinned.status == 200);
        CHECK_FALSE(pinned.body.empty());

        auto system_store = get(server.url(), "");
        INFO(system_store.error);
        CHECK_FALSE(system_store.ok());
        CHECK(system_store.status == 0);
        CHECK(system_store.body.empty());
        CHECK(system_store.error.find("certificate") != std::string::npos);
    }
    {
        TlsServer server(dir.path() + "/other.pem", dir.path() + "/other.key");
        auto wrong_name = get(server.url(), dir.path() + "/ca.pem");
        INFO(wrong_name.error);
        CHECK_FALSE(wrong_name.ok());
        CHECK(wrong_name.status == 0);
        CHECK(wrong_name.error.find("127.0.0.1") != std::string::npos);
    }
}
