// A stand-in for the kiosk's two writers of the outbox, as a real process a test can kill -9:
//
//   phare_outbox_helper store OUTBOX SEED
//       stores ratings one after another, forever; prints each id on stdout only after
//       Outbox::add returned true: the moment the kiosk says "Merci, votre avis est enregistré"
//       (after a first line "ready" once the outbox is open).
//   phare_outbox_helper upload OUTBOX HUB_URL KIOSK TOKEN BATCH [stall-after-post]
//       one FeedbackUploader::upload_once; with stall-after-post it freezes after the first
//       answered POST, before the outbox is told (the test kills it there).

#include "app/sync/feedback_uploader.h"
#include "platform/net/curl_http_client.h"
#include "platform/store/outbox.h"
#include "test_ratings.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

using namespace phare;

namespace {

void say(const std::string& line)
{
    // One write(2) per line: a kill lands before or after it, never in the middle of a line.
    const std::string text = line + "\n";
    if (::write(STDOUT_FILENO, text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        std::exit(3);
}

class StallAfterPost final : public net::HttpClient {
public:
    explicit StallAfterPost(net::HttpClient& inner) : m_inner(inner) {}
    net::HttpResponse send(const net::HttpRequest& request) override
    {
        net::HttpResponse response = m_inner.send(request);
        if (response.status == 200) {
            say("posted");
            for (;;)
                std::this_thread::sleep_for(std::chrono::seconds(1));
        }
        return response;
    }

private:
    net::HttpClient& m_inner;
};

int store_forever(const std::string& path, std::uint64_t seed)
{
    auto opened = store::Outbox::open(path, 1'000'000);
    if (!opened) {
        std::fprintf(stderr, "%s\n", describe(opened.error()).c_str());
        return 2;
    }
    store::Outbox& outbox = **opened;
    say("ready");  // the outbox is open: the test's random delay starts here, among the writes
    std::mt19937_64 random(seed);
    for (int n = 0;; ++n) {
        const std::string id = test::uuid(random);
        if (auto added = outbox.add(test::kiosk_rating(id, n)); !added) {
            std::fprintf(stderr, "add: %s\n", describe(added.error()).c_str());
            return 1;
        }
        say(id);
    }
}

int upload_and_report(const std::string& path, const std::string& url, const std::string& kiosk, const std::string& token, int batch, bool stall)
{
    auto outbox = store::Outbox::open(path, 1'000'000);
    if (!outbox) {
        std::fprintf(stderr, "%s\n", describe(outbox.error()).c_str());
        return 2;
    }
    net::CurlHttpClient curl;
    StallAfterPost stalling(curl);
    app::FeedbackUploader uploader(stall ? static_cast<net::HttpClient&>(stalling) : curl, **outbox, {url, kiosk, token, batch});
    auto outcome = uploader.upload_once();
    say("done accepted=" + std::to_string(outcome.accepted) + " duplicate=" + std::to_string(outcome.duplicate) + " error=" + outcome.error);
    return outcome.ok() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "store" && argc == 4)
        return store_forever(argv[2], std::strtoull(argv[3], nullptr, 10));
    if (mode == "upload" && (argc == 7 || argc == 8))
        return upload_and_report(argv[2], argv[3], argv[4], argv[5], std::atoi(argv[6]), argc == 8 && std::string(argv[7]) == "stall-after-post");
    std::fprintf(stderr, "usage: %s store OUTBOX SEED | upload OUTBOX URL KIOSK TOKEN BATCH [stall-after-post]\n", argv[0]);
    return 64;
}
