// Publishing at start: a site that does not validate is never published, an unchanged site keeps
// its version across restarts, a changed one gets the next version, and the agents' status.json
// survives a republication of the site folder.

#include "core/bundle/manifest.h"
#include "core/bundle/site_status.h"
#include "hub_fixture.h"
#include "publisher.h"
#include "storage.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace phare;
namespace fs = std::filesystem;

namespace {

std::string copy_site(const test::TempDir& dir)
{
    std::string site = dir.path() + "/site";
    fs::copy(test::source_dir("config/sites/prefecture-44"), site, fs::copy_options::recursive);
    return site;
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary | std::ios::trunc) << text; }

int published_version(const std::string& data)
{
    auto storage = hub::open_data_storage(data);
    REQUIRE(storage);
    auto manifest = (*storage)->latest_manifest("prefecture-44");
    return manifest ? manifest->version : 0;
}

}  // namespace

TEST_CASE("a site that does not validate is never published", "[hub]")
{
    test::TempDir dir;
    std::string site = copy_site(dir);
    write(site + "/services.json", R"({"services": [{"id": "x"}]})");
    auto opened = hub::Hub::open({dir.path() + "/data", site});
    REQUIRE_FALSE(opened);
    CHECK(opened.error().where == site);
    CHECK(opened.error().message.find("does not validate") != std::string::npos);
    CHECK(opened.error().message.find("services.json") != std::string::npos);
    CHECK(published_version(dir.path() + "/data") == 0);
}

TEST_CASE("an unchanged site keeps its version across restarts and a changed one gets the next", "[hub]")
{
    test::TempDir dir;
    std::string site = copy_site(dir);
    std::string data = dir.path() + "/data";
    REQUIRE(hub::Hub::open({data, site}));
    REQUIRE(hub::Hub::open({data, site}));
    CHECK(published_version(data) == 1);

    auto strings = nlohmann::json::parse(std::ifstream(site + "/strings/fr.json"));
    strings.begin().value() = strings.begin().value().get<std::string>() + " ";
    write(site + "/strings/fr.json", strings.dump(2));
    REQUIRE(hub::Hub::open({data, site}));
    CHECK(published_version(data) == 2);
}

TEST_CASE("agents' overrides survive a republication of the site folder", "[hub]")
{
    test::TempDir dir;
    std::string site = copy_site(dir);
    std::string data = dir.path() + "/data";
    {
        auto opened = hub::Hub::open({data, site});
        REQUIRE(opened);
        auto& publisher = *(*opened)->context().publisher;
        bundle::SiteStatus status;
        status.notices.push_back({"greve", bundle::NoticeLevel::Urgent, "2026-11-26T08:00", "2026-11-26T18:00", {{"fr", "Grève"}}});
        REQUIRE(publisher.publish_status(status, "test", "annonce").kind == hub::PublishKind::Published);
    }
    std::ofstream(site + "/site.json", std::ios::app) << "\n";  // a changed file: a new version
    auto reopened = hub::Hub::open({data, site});
    REQUIRE(reopened);
    CHECK(published_version(data) == 3);
    auto current = (*reopened)->context().publisher->current();
    REQUIRE(current);
    REQUIRE(current->status.notices.size() == 1);
    CHECK(current->status.notices[0].id == "greve");
}

TEST_CASE("a signing key that others can read is refused", "[hub]")
{
    test::TempDir dir;
    std::string data = dir.path() + "/data";
    REQUIRE(hub::Hub::open({data, ""}));
    fs::permissions(data + "/signing.key", fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    auto opened = hub::Hub::open({data, ""});
    REQUIRE_FALSE(opened);
    CHECK(opened.error().where == data + "/signing.key");
    CHECK(opened.error().message.find("chmod 600") != std::string::npos);
}

TEST_CASE("a data folder that cannot be made, a bad trusted proxy and an address that cannot be bound are named", "[hub]")
{
    test::TempDir dir;
    const std::string file = dir.path() + "/a-file";
    write(file, "x");
    auto no_folder = hub::Hub::open({file + "/data", ""});
    REQUIRE_FALSE(no_folder);
    CHECK(no_folder.error().where == file + "/data");
    CHECK(no_folder.error().message.starts_with("cannot create the data folder: "));

    hub::HubOptions options{dir.path() + "/data", ""};
    options.trusted_proxies = {"10.0.0.0/33"};
    auto bad_proxy = hub::Hub::open(options);
    REQUIRE_FALSE(bad_proxy);
    CHECK(describe(bad_proxy.error()) == "trusted proxy \"10.0.0.0/33\": the prefix length must be 0 to 32");

    auto opened = hub::Hub::open({dir.path() + "/data", ""});
    REQUIRE(opened);
    auto bound = (*opened)->bind("hub.example", 8080);
    REQUIRE_FALSE(bound);
    CHECK(bound.error().where == "hub.example");
}
