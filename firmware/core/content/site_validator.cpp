#include "core/content/site_validator.h"

#include "core/content/json_reader.h"
#include "core/content/png_probe.h"
#include "core/content/string_keys.h"
#include "core/content/voices.h"
#include "core/ui/geometry.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace phare::content {

namespace {

class Checker {
public:
    Checker(const Site& site, const SourceMap& where, const SourceFiles& files, const Voices* voices, Problems& problems)
        : m_site(site), m_where(where), m_files(files), m_voices(voices), m_problems(problems)
    {
        // One root cause, one error: what the parser already reported is not checked again, and
        // when a language's code is wrong (the parser cleared it), references to languages are
        // not checked either, since they may name the language as it was meant to be.
        for (const Problem& problem : problems)
            if (problem.severity == Severity::Error)
                m_parse_errors.insert(problem.file + ":" + problem.pointer);
        m_languages_reliable = std::none_of(site.languages.begin(), site.languages.end(),
                                            [](const Language& language) { return language.code.empty(); });
    }

    void run()
    {
        check_languages();
        check_unique_ids();
        check_map_references();
        check_plans();
        check_kiosks();
        check_services();
        check_brand();
        check_font();
        check_translations();
        check_strings();
        check_reachability();
        report_stray_languages();
    }

private:
    void error(const char* file, const std::string& at, std::string message)
    {
        m_problems.push_back({Severity::Error, file, at, std::move(message)});
    }
    void warning(const char* file, const std::string& at, std::string message)
    {
        m_problems.push_back({Severity::Warning, file, at, std::move(message)});
    }

    bool parse_error_at(const char* file, const std::string& at) const { return m_parse_errors.contains(std::string(file) + ":" + at); }

    void check_languages()
    {
        if (m_site.languages.empty() && !parse_error_at("site.json", "/languages"))
            error("site.json", "/languages", "a site needs at least one language");
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < m_site.languages.size(); ++i) {
            const Language& language = m_site.languages[i];
            const std::string& at = m_where.language_at[i];
            if (language.code.empty())
                continue;
            if (auto [it, inserted] = seen.emplace(language.code, at); !inserted)
                error("site.json", pointer(at, "code"), "duplicate language \"" + language.code + "\" (first at " + it->second + ")");
            if (m_languages_reliable)
                for (std::size_t f = 0; f < language.fallback.size(); ++f)
                    if (!m_site.find_language(language.fallback[f]))
                        error("site.json", pointer(pointer(at, "fallback"), f), "\"" + language.fallback[f] + "\" is not a language of this site");
            check_voice(language, at);
        }
        if (m_languages_reliable && !m_site.default_language.empty() && !m_site.find_language(m_site.default_language))
            error("site.json", "/default_language", "\"" + m_site.default_language + "\" is not in the site's languages");
    }

    // The voice must be one eSpeak NG has here, when the caller says which it has.
    void check_voice(const Language& language, const std::string& at)
    {
        if (!m_voices || language.voice.empty() || has_voice(*m_voices, language.voice))
            return;
        std::string message = "eSpeak NG has no voice \"" + language.voice + "\"";
        std::string others;
        for (const std::string& name : voices_for_language(*m_voices, language.code))
            others += (others.empty() ? "\"" : ", \"") + name + "\"";
        message += others.empty() ? " and none for \"" + language.code + "\" (install one, or see espeak-ng --voices)"
                                  : "; for \"" + language.code + "\" it has " + others;
        error("site.json", pointer(at, "voice"), message);
    }

    template<typename T>
    void check_unique(const char* file, const std::vector<T>& items, const std::vector<std::string>& at, const char* what)
    {
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty())
                continue;
            auto [it, inserted] = seen.emplace(items[i].id, i);
            if (!inserted)
                error(file, pointer(at[i], "id"),
                      std::string("duplicate ") + what + " id \"" + items[i].id + "\" (first at " + pointer(at[it->second], "id") + ")");
        }
    }

    void check_unique_ids()
    {
        check_unique("services.json", m_site.services, m_where.service_at, "service");
        check_unique("map.json", m_site.map.nodes, m_where.node_at, "node");
        check_unique("map.json", m_site.map.levels, m_where.level_at, "level");
        check_unique("site.json", m_site.kiosks, m_where.kiosk_at, "kiosk");
        std::map<int, std::string> ordinals;
        for (std::size_t i = 0; i < m_site.map.levels.size(); ++i) {
            if (parse_error_at("map.json", pointer(m_where.level_at[i], "ordinal")))
                continue;  // its ordinal is unknown, not 0
            auto [it, inserted] = ordinals.emplace(m_site.map.levels[i].ordinal, m_site.map.levels[i].id);
            if (!inserted)
                error("map.json", pointer(m_where.level_at[i], "ordinal"),
                      "ordinal " + std::to_string(it->first) + " is already used by level \"" + it->second + "\"");
        }
    }

    void check_map_references()
    {
        const BuildingMap& map = m_site.map;
        for (std::size_t i = 0; i < map.nodes.size(); ++i)
            if (!map.nodes[i].level.empty() && !map.find_level(map.nodes[i].level))
                error("map.json", pointer(m_where.node_at[i], "level"), "unknown level \"" + map.nodes[i].level + "\"");
        for (std::size_t i = 0; i < map.edges.size(); ++i)
            check_edge(map.edges[i], m_where.edge_at[i]);
        if (const Node* reception = map.find_node(m_site.reception_node)) {
            const Level* level = map.find_level(reception->level);
            if (level && level->ordinal != 0 && ordinal_parsed(*level))
                error("site.json", "/reception_node", "reception \"" + reception->id + "\" must be on the street level (ordinal 0)");
        } else if (!m_site.reception_node.empty()) {
            error("site.json", "/reception_node", "unknown node \"" + m_site.reception_node + "\"");
        }
    }

    // The drawn plan: unit ids unique in the map, doors on their unit's outline, and the graph
    // inside the drawing (a node outside every unit means the two disagree; a warning, as the
    // kiosk still routes and draws).
    void check_plans()
    {
        constexpr double tolerance_m = 0.5;  // a door drawn on a wall's thickness is on the outline
        std::map<std::string, std::string> unit_ids;
        const BuildingMap& map = m_site.map;
        for (std::size_t l = 0; l < map.levels.size() && l < m_where.unit_at.size(); ++l) {
            const Level& level = map.levels[l];
            for (std::size_t u = 0; u < level.plan.units.size(); ++u) {
                const Unit& unit = level.plan.units[u];
                const std::string& at = m_where.unit_at[l][u];
                if (!unit.id.empty()) {
                    auto [it, inserted] = unit_ids.emplace(unit.id, pointer(at, "id"));
                    if (!inserted)
                        error("map.json", pointer(at, "id"), "duplicate unit id \"" + unit.id + "\" (first at " + it->second + ")");
                }
                if (!unit.name.empty())
                    check_text("map.json", unit.name, pointer(at, "name"));
            }
            for (std::size_t o = 0; o < level.plan.openings.size(); ++o) {
                const Opening& opening = level.plan.openings[o];
                const std::string& at = m_where.opening_at[l][o];
                const Unit* unit = nullptr;
                for (const Unit& candidate : level.plan.units)
                    if (candidate.id == opening.unit)
                        unit = &candidate;
                if (!unit) {
                    if (!opening.unit.empty())
                        error("map.json", pointer(at, "unit"), "no unit \"" + opening.unit + "\" on level \"" + level.id + "\"");
                    continue;
                }
                for (std::size_t p = 0; p < opening.at.size(); ++p)
                    if (unit->outline.size() >= 3 && distance_to_outline(unit->outline, opening.at[p]) > tolerance_m)
                        error("map.json", pointer(pointer(at, "at"), p), "not on the outline of unit \"" + unit->id + "\"");
            }
            if (level.plan.units.empty())
                continue;
            for (std::size_t n = 0; n < map.nodes.size(); ++n) {
                const Node& node = map.nodes[n];
                if (node.level != level.id)
                    continue;
                const bool inside = std::any_of(level.plan.units.begin(), level.plan.units.end(),
                                                [&](const Unit& unit) { return contains(unit.outline, {node.x, node.y}, tolerance_m); });
                if (!inside)
                    warning("map.json", m_where.node_at[n], "node \"" + node.id + "\" is in no unit of level \"" + level.id + "\" (the plan and the graph disagree)");
            }
        }
    }

    void check_edge(const Edge& edge, const std::string& at)
    {
        const Node* from = m_site.map.find_node(edge.from);
        const Node* to = m_site.map.find_node(edge.to);
        if (!from && !edge.from.empty())
            error("map.json", pointer(at, "from"), "unknown node \"" + edge.from + "\"");
        if (!to && !edge.to.empty())
            error("map.json", pointer(at, "to"), "unknown node \"" + edge.to + "\"");
        if (!from || !to)
            return;
        if (edge.from == edge.to)
            error("map.json", at, "an edge must join two different nodes");
        if (parse_error_at("map.json", pointer(at, "kind")))
            return;  // its kind is unknown, not a corridor
        bool same_level = from->level == to->level;
        bool may_change_level = edge.kind == EdgeKind::Stairs || edge.kind == EdgeKind::Lift || edge.kind == EdgeKind::Escalator;
        if (!same_level && !may_change_level)
            error("map.json", pointer(at, "kind"),
                  "a " + std::string(to_string(edge.kind)) + " cannot join levels \"" + from->level + "\" and \"" + to->level + "\" (use stairs, lift or escalator)");
        if (edge.kind == EdgeKind::Lift && (from->kind != NodeKind::Lift || to->kind != NodeKind::Lift))
            error("map.json", pointer(at, "kind"), "a lift edge must join two lift nodes");
    }

    void check_kiosks()
    {
        if (m_site.kiosks.empty())
            error("site.json", "/kiosks", "a site needs at least one kiosk");
        for (std::size_t i = 0; i < m_site.kiosks.size(); ++i)
            if (!m_site.kiosks[i].node.empty() && !m_site.map.find_node(m_site.kiosks[i].node))
                error("site.json", pointer(m_where.kiosk_at[i], "node"), "unknown node \"" + m_site.kiosks[i].node + "\"");
    }

    void check_services()
    {
        std::map<std::string, std::string> prefixes;
        for (std::size_t i = 0; i < m_site.services.size(); ++i) {
            const Service& service = m_site.services[i];
            const std::string& at = m_where.service_at[i];
            if (!service.destination.empty() && !m_site.map.find_node(service.destination))
                error("services.json", pointer(at, "destination"), "unknown node \"" + service.destination + "\"");
            if (!service.queue_prefix.empty()) {
                auto [it, inserted] = prefixes.emplace(service.queue_prefix, service.id);
                if (!inserted)
                    error("services.json", pointer(at, "queue_prefix"),
                          "queue prefix \"" + service.queue_prefix + "\" is already used by service \"" + it->second + "\"");
            }
            check_media("services.json", service.pictogram, pointer(at, "pictogram"));
        }
    }

    // A site's font: a TrueType or OpenType file in the site folder. Whether SDL_ttf can draw
    // with it is known only when the kiosk opens it, which names the file if it cannot.
    void check_font()
    {
        for (const auto& [path, key] : {std::pair{m_site.font.regular, "regular"}, std::pair{m_site.font.bold, "bold"}}) {
            const std::string at = pointer("/font", key);
            if (path.empty())
                continue;
            if (path.find("..") != std::string::npos || path.front() == '/') {
                error("site.json", at, path + " must be a path inside the site folder");
                continue;
            }
            auto it = m_files.find(path);
            if (it == m_files.end())
                error("site.json", at, path + " does not exist");
            else if (!looks_like_font(it->second))
                error("site.json", at, path + " is not a TrueType or OpenType font file (.ttf, .otf)");
        }
    }

    static bool looks_like_font(std::string_view bytes)
    {
        const std::string_view tag = bytes.substr(0, 4);
        return bytes.size() > 12 && (tag == std::string_view("\0\1\0\0", 4) || tag == "OTTO" || tag == "true");
    }

    void check_media(const char* file, const std::string& path, const std::string& at)
    {
        if (path.empty())
            return;
        if (path.find("..") != std::string::npos || path.front() == '/') {
            error(file, at, path + " must be a path inside the site folder");
            return;
        }
        auto it = m_files.find(path);
        if (it == m_files.end()) {
            error(file, at, path + " does not exist");
            return;
        }
        if (auto image = probe_png(it->second); !image)
            error(file, at, path + " is " + image.error().message);
    }

    // The brand's colour fills the main buttons under white text and writes blue-France text on
    // white and grey: it must read at 4.5:1 on all three.
    void check_brand()
    {
        check_media("site.json", m_site.brand.logo, "/brand/logo");
        if (!m_site.brand.primary_rgb)
            return;
        const ui::Color color = ui::from_hex(*m_site.brand.primary_rgb);
        const double worst = std::min(ui::contrast_ratio(color, ui::from_hex(0xFFFFFF)), ui::contrast_ratio(color, ui::from_hex(0xF6F6F6)));
        if (worst < 4.5)
            error("site.json", "/brand/primary_color",
                  "contrast with white is " + std::to_string(worst).substr(0, 4) + ":1, below 4.5:1: white text on it would be hard to read");
    }

    // One localised text: every site language must reach a translation.
    void check_text(const char* file, const LocalizedText& text, const std::string& at)
    {
        if (text.empty())
            return;  // missing fields are reported by the parser
        for (const auto& [code, value] : text)
            if (!m_site.find_language(code)) {
                Stray& stray = m_stray[code];
                if (stray.count++ == 0)
                    stray.first = std::string(file) + ":" + pointer(at, code);
            }
        for (const Language& language : m_site.languages) {
            if (language.code.empty() || text.contains(language.code))
                continue;
            std::string used;
            for (const std::string& code : m_site.fallback_chain(language.code, Site::DefaultLast::No))
                if (text.contains(code)) {
                    used = code;
                    break;
                }
            if (used.empty() || language.code == m_site.default_language)
                error(file, pointer(at, language.code), "missing translation (no fallback has it)");
            else
                warning(file, pointer(at, language.code), "missing translation; \"" + used + "\" is shown instead");
        }
    }

    void check_translations()
    {
        check_text("site.json", m_site.name, "/name");
        for (std::size_t i = 0; i < m_site.kiosks.size(); ++i) {
            check_text("site.json", m_site.kiosks[i].name, pointer(m_where.kiosk_at[i], "name"));
            check_text("site.json", m_site.kiosks[i].facing, pointer(m_where.kiosk_at[i], "facing"));
        }
        for (std::size_t i = 0; i < m_site.services.size(); ++i) {
            const Service& s = m_site.services[i];
            const std::string& at = m_where.service_at[i];
            check_text("services.json", s.name, pointer(at, "name"));
            check_text("services.json", s.easy_name, pointer(at, "easy_name"));
            check_text("services.json", s.description, pointer(at, "description"));
            check_text("services.json", s.easy_description, pointer(at, "easy_description"));
        }
        for (std::size_t i = 0; i < m_site.map.levels.size(); ++i) {
            const Level& level = m_site.map.levels[i];
            check_text("map.json", level.name, pointer(m_where.level_at[i], "name"));
            // Optional; once given, a label or spoken label is visitors' text like any other.
            if (!level.label.empty())
                check_text("map.json", level.label, pointer(m_where.level_at[i], "label"));
            if (!level.spoken.empty())
                check_text("map.json", level.spoken, pointer(m_where.level_at[i], "spoken"));
        }
        for (std::size_t i = 0; i < m_site.map.nodes.size(); ++i)
            check_text("map.json", m_site.map.nodes[i].name, pointer(m_where.node_at[i], "name"));
    }

    void check_strings()
    {
        const StringTable* reference = nullptr;
        if (auto it = m_site.strings.find(m_site.default_language); it != m_site.strings.end())
            reference = &it->second;
        for (const Language& language : m_site.languages) {
            if (language.code.empty())
                continue;
            auto table_it = m_site.strings.find(language.code);
            if (table_it == m_site.strings.end())
                continue;  // a missing file is reported by the parser
            const StringTable& table = table_it->second;
            const std::string file_name = "strings/" + language.code + ".json";
            for (std::string_view key : required_string_keys())
                check_string(file_name, language, table, key, reference);
            for (const auto& [key, value] : table) {
                const auto& keys = required_string_keys();
                if (std::find(keys.begin(), keys.end(), key) == keys.end())
                    m_problems.push_back({Severity::Warning, file_name, pointer("", key), "unknown key (a typo?); the kiosk never shows it"});
            }
        }
    }

    void check_string(const std::string& file_name, const Language& language, const StringTable& table, std::string_view key,
                      const StringTable* reference)
    {
        auto it = table.find(key);
        if (it == table.end()) {
            bool reachable = false;
            for (const std::string& code : m_site.fallback_chain(language.code, Site::DefaultLast::No)) {
                auto other = m_site.strings.find(code);
                reachable = reachable || (other != m_site.strings.end() && other->second.contains(key));
            }
            if (reachable && language.code != m_site.default_language) {
                m_problems.push_back({Severity::Warning, file_name, pointer("", key), "missing text; a fallback language is shown instead"});
            } else if (builtin_french(key)) {
                // A kiosk newer than its site: it keeps working, in its own French, until translated.
                m_problems.push_back({Severity::Warning, file_name, pointer("", key),
                                      "missing text; the kiosk shows its built-in French text instead (see docs/string-keys.txt)"});
            } else {
                m_problems.push_back({Severity::Error, file_name, pointer("", key), "missing text (no fallback has it)"});
            }
            return;
        }
        if (!reference || language.code == m_site.default_language)
            return;
        auto ref = reference->find(key);
        if (ref == reference->end())
            return;
        auto found = placeholders(it->second);
        if (const auto choices = placeholder_choices(key); !choices.empty()) {
            for (const auto& name : found)
                if (std::find(choices.begin(), choices.end(), name) == choices.end()) {
                    std::string list;
                    for (const auto& choice : choices)
                        list += "{" + choice + "}";
                    m_problems.push_back({Severity::Error, file_name, pointer("", key), "may only use the placeholders " + list});
                    break;
                }
            return;
        }
        auto expected = placeholders(ref->second);
        std::sort(expected.begin(), expected.end());
        std::sort(found.begin(), found.end());
        if (expected != found) {
            std::string list;
            for (const auto& name : expected)
                list += "{" + name + "}";
            m_problems.push_back({Severity::Error, file_name, pointer("", key), "must use the placeholders " + list + " like the default language"});
        }
    }

    void check_reachability()
    {
        std::unordered_map<std::string, std::vector<std::string>> next;
        for (const Edge& edge : m_site.map.edges) {
            next[edge.from].push_back(edge.to);
            if (!edge.one_way)
                next[edge.to].push_back(edge.from);
        }
        for (const Kiosk& kiosk : m_site.kiosks) {
            if (!m_site.map.find_node(kiosk.node))
                continue;
            std::set<std::string> seen{kiosk.node};
            std::deque<std::string> todo{kiosk.node};
            while (!todo.empty()) {
                std::string node = todo.front();
                todo.pop_front();
                for (const std::string& to : next[node])
                    if (seen.insert(to).second)
                        todo.push_back(to);
            }
            for (std::size_t i = 0; i < m_site.services.size(); ++i) {
                const std::string& destination = m_site.services[i].destination;
                if (m_site.map.find_node(destination) && !seen.contains(destination))
                    error("services.json", pointer(m_where.service_at[i], "destination"),
                          "\"" + destination + "\" cannot be reached from kiosk \"" + kiosk.id + "\"");
            }
            if (m_site.map.find_node(m_site.reception_node) && !seen.contains(m_site.reception_node))
                error("site.json", "/reception_node", "\"" + m_site.reception_node + "\" cannot be reached from kiosk \"" + kiosk.id + "\"");
        }
    }

    bool ordinal_parsed(const Level& level) const
    {
        for (std::size_t i = 0; i < m_site.map.levels.size(); ++i)
            if (&m_site.map.levels[i] == &level)
                return !parse_error_at("map.json", pointer(m_where.level_at[i], "ordinal"));
        return true;
    }

    // Texts in a language the site does not declare: one warning per language, not one per text.
    void report_stray_languages()
    {
        if (!m_languages_reliable)
            return;  // the texts are probably in the language whose code is wrong
        for (const auto& [code, stray] : m_stray) {
            auto colon = stray.first.find(':');
            std::string count = stray.count == 1 ? "1 text has" : std::to_string(stray.count) + " texts have";
            m_problems.push_back({Severity::Warning, stray.first.substr(0, colon), stray.first.substr(colon + 1),
                                  "\"" + code + "\" is not a language of this site; " + count + " it and none of them is shown"});
        }
    }

    struct Stray {
        std::size_t count = 0;
        std::string first;  // "file:pointer" of the first text in that language
    };

    const Site& m_site;
    const SourceMap& m_where;
    const SourceFiles& m_files;
    const Voices* m_voices;
    Problems& m_problems;
    std::set<std::string> m_parse_errors;  // "file:pointer" of every error the parser reported
    bool m_languages_reliable = true;
    std::map<std::string, Stray> m_stray;
};

}  // namespace

void validate_site(const Site& site, const SourceMap& where, const SourceFiles& files, Problems& problems, const Voices* voices)
{
    Checker(site, where, files, voices, problems).run();
}

}  // namespace phare::content
