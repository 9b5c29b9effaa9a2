// phare_sync_probe STATE_DIR HUB_URL SITE PUBLIC_KEY_HEX: one content sync cycle, as the kiosk's
// network worker runs it, in a process of its own so that the kill -9 test can SIGKILL it at any
// moment. Prints the outcome; exits 0 when the store ends Updated or Unchanged.

#include "app/sync/content_sync.h"
#include "platform/net/curl_http_client.h"
#include "platform/store/bundle_store.h"

#include <cstdio>

int main(int argc, char** argv)
{
    using namespace phare;
    if (argc != 5) {
        std::fprintf(stderr, "usage: phare_sync_probe STATE_DIR HUB_URL SITE PUBLIC_KEY_HEX\n");
        return 2;
    }
    auto store = store::BundleStore::open(argv[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", describe(store.error()).c_str());
        return 2;
    }
    net::CurlHttpClient http;
    app::ContentSync sync(http, **store, {argv[2], argv[3], argv[4]});
    auto outcome = sync.poll_once();
    std::printf("%s %d %s\n", app::to_string(outcome.kind), outcome.version, outcome.reason.c_str());
    return outcome.kind == app::SyncKind::Updated || outcome.kind == app::SyncKind::Unchanged ? 0 : 1;
}
