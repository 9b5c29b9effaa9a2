#include "hub_process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace phare::fleet {

namespace {

using Clock = std::chrono::steady_clock;

long field_kib(const std::string& path, const std::string& key)
{
    std::ifstream file(path);
    std::string line;
    while (std::getline(file, line))
        if (line.rfind(key, 0) == 0)
            return std::atol(line.c_str() + key.size());
    return -1;
}

double cpu_seconds(pid_t pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    std::getline(file, text);
    // Fields after the command name (which may hold spaces) start after the last ')'.
    auto close = text.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream rest(text.substr(close + 2));
    std::vector<std::string> fields;
    for (std::string field; rest >> field;)
        fields.push_back(field);
    if (fields.size() < 13)
        return 0;
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return static_cast<double>(std::atoll(fields[11].c_str()) + std::atoll(fields[12].c_str())) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

}  // namespace

Result<HubProcess> HubProcess::start(const std::string& binary, const std::string& data_dir, const std::string& site_dir,
                                                        int port, const std::string& log_path)
{
    if (::access(binary.c_str(), X_OK) != 0)
        return fail(binary, "not an executable (build the phare-hub target, or give --hub PATH)");
    const std::string listen = "127.0.0.1:" + std::to_string(port);
    std::vector<std::string> args{binary, "--data", data_dir, "--site", site_dir, "--listen", listen};
    std::vector<char*> argv;
    for (auto& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = -1;
    const int error = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0)
        return fail(binary, "cannot start: " + std::string(std::strerror(error)));
    return HubProcess(pid);
}

HubProcess::~HubProcess()
{
    if (m_pid > 0)
        stop(2);
}

bool HubProcess::running()
{
    if (m_pid <= 0)
        return false;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_pid = -1;
        return false;
    }
    return true;
}

Result<void> HubProcess::wait_listening(int port, double seconds)
{
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    while (Clock::now() < deadline) {
        if (!running())
            return fail("127.0.0.1:" + std::to_string(port), "phare-hub exited before listening");
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        ::close(fd);
        if (connected)
            return {};
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return fail("127.0.0.1:" + std::to_string(port),
                "phare-hub did not listen here within " + std::to_string(static_cast<int>(seconds)) + " s");
}

HubSample HubProcess::sample() const
{
    HubSample s;
    if (m_pid <= 0)
        return s;
    const std::string proc = "/proc/" + std::to_string(m_pid);
    s.rss_kib = field_kib(proc + "/status", "VmRSS:");
    s.threads = field_kib(proc + "/status", "Threads:");
    s.pss_kib = field_kib(proc + "/smaps_rollup", "Pss:");
    std::error_code ec;
    long fds = 0;
    for (auto it = std::filesystem::directory_iterator(proc + "/fd", ec); !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
        ++fds;
    s.fds = fds;
    s.cpu_s = cpu_seconds(m_pid);
    return s;
}

double HubProcess::stop(double grace_s)
{
    if (m_pid <= 0)
        return 0;
    const auto sent = Clock::now();
    ::kill(m_pid, SIGTERM);
    const auto deadline = sent + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(grace_s));
    while (Clock::now() < deadline) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            return std::chrono::duration<double>(Clock::now() - sent).count();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    return -1;
}

}  // namespace phare::fleet
