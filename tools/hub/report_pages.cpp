#include "report_pages.h"

#include "clock.h"
#include "html.h"

#include <algorithm>

namespace phare::hub::reports {

namespace {

using html::escape;

constexpr int chart_width = 640;
constexpr int label_width = 170;
constexpr int row_height = 28;

// A spreadsheet must not run a cell as a formula.
std::string csv_field(const std::string& text)
{
    std::string safe = !text.empty() && std::string("=+-@").find(text.front()) != std::string::npos ? "'" + text : text;
    if (safe.find_first_of(",\"\n") == std::string::npos)
        return safe;
    std::string quoted = "\"";
    for (char c : safe)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string numbers(const RatingCount& count)
{
    return std::to_string(count.good) + "," + std::to_string(count.medium) + "," + std::to_string(count.bad) + "," +
           std::to_string(count.total());
}

std::string bar(int x, int y, double width, const char* colour)
{
    return "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(static_cast<int>(width)) +
           "\" height=\"" + std::to_string(row_height - 8) + "\" fill=\"" + colour + "\" stroke=\"#111\"/>";
}

std::string counts_table(const std::vector<RatingCount>& counts, const std::string& caption)
{
    std::string rows;
    for (const auto& count : counts)
        rows += "<tr><th scope=\"row\">" + escape(count.key.empty() ? "(non précisé)" : count.key) + "</th><td>" +
                std::to_string(count.good) + "</td><td>" + std::to_string(count.medium) + "</td><td>" + std::to_string(count.bad) +
                "</td><td>" + std::to_string(count.total()) + "</td></tr>";
    return "<table><caption>" + escape(caption) + "</caption><thead><tr><th scope=\"col\">Valeur</th><th scope=\"col\">Satisfait"
           "</th><th scope=\"col\">Moyen</th><th scope=\"col\">Pas satisfait</th><th scope=\"col\">Total</th></tr></thead><tbody>" +
           rows + "</tbody></table>";
}

std::string duration(std::int64_t seconds)
{
    if (seconds < 120)
        return std::to_string(seconds) + " s";
    if (seconds < 7200)
        return std::to_string(seconds / 60) + " min";
    return std::to_string(seconds / 3600) + " h";
}

}  // namespace

std::string csv(const std::vector<RatingCount>& counts, const std::string& key_header)
{
    std::string text = key_header + ",good,medium,bad,total\n";
    for (const auto& count : counts)
        text += csv_field(count.key) + "," + numbers(count) + "\n";
    return text;
}

std::string open_data_csv(const std::vector<RatingCount>& day_and_service)
{
    std::string text = "date,service,good,medium,bad,total\n";
    for (const auto& count : day_and_service) {
        auto comma = count.key.find(',');
        std::string day = count.key.substr(0, comma);
        std::string service = comma == std::string::npos ? std::string() : count.key.substr(comma + 1);
        text += csv_field(day) + "," + csv_field(service) + "," + numbers(count) + "\n";
    }
    return text;
}

std::string bar_chart_svg(const std::vector<RatingCount>& counts, const std::string& title)
{
    std::int64_t largest = 1;
    for (const auto& count : counts)
        largest = std::max(largest, count.total());
    double scale = static_cast<double>(chart_width - label_width - 90) / static_cast<double>(largest);
    int height = std::max<int>(1, static_cast<int>(counts.size())) * row_height;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + escape(title) +
                      " (les valeurs sont dans le tableau qui suit)\" width=\"" + std::to_string(chart_width) + "\" height=\"" +
                      std::to_string(height) + "\" font-size=\"14\">";
    int y = 0;
    for (const auto& count : counts) {
        double x = label_width;
        svg += "<text x=\"0\" y=\"" + std::to_string(y + 18) + "\" fill=\"#111\">" + escape(count.key.empty() ? "—" : count.key) + "</text>";
        for (auto [value, colour] : {std::pair{count.good, "#0a6b2e"}, std::pair{count.medium, "#8a5a00"}, std::pair{count.bad, "#a00000"}}) {
            double width = static_cast<double>(value) * scale;
            if (value > 0)
                svg += bar(static_cast<int>(x), y + 4, width, colour);
            x += width;
        }
        svg += "<text x=\"" + std::to_string(static_cast<int>(x) + 6) + "\" y=\"" + std::to_string(y + 18) + "\" fill=\"#111\">" +
               std::to_string(count.good) + " / " + std::to_string(count.medium) + " / " + std::to_string(count.bad) + "</text>";
        y += row_height;
    }
    return svg + "</svg>";
}

std::string feedback_page(const pages::Viewer& viewer, const std::vector<Section>& sections)
{
    std::string body = "<p><a href=\"/agent\">Retour à l'accueil</a></p><p>Barres : satisfait (vert), moyen (ocre), pas satisfait "
                       "(rouge), dans cet ordre ; les nombres sont écrits au bout de chaque barre.</p>"
                       "<p><a href=\"/api/v1/open-data/daily.csv\">Données ouvertes : totaux par jour et par service (CSV)</a></p>";
    for (const auto& section : sections)
        body += "<h2>" + escape(section.title) + "</h2>" + bar_chart_svg(section.counts, section.title) +
                counts_table(section.counts, section.title) + "<p><a href=\"/agent/feedback.csv?by=" + escape(section.key_name) +
                "\">Télécharger : " + escape(section.title) + " (CSV)</a></p>";
    return html::page({"Avis des visiteurs", viewer.csrf, viewer.user}, body);
}

std::string fleet_page(const pages::Viewer& viewer, const std::vector<Heartbeat>& kiosks, int current_version, std::int64_t now)
{
    std::string rows;
    for (const auto& kiosk : kiosks)
        rows += "<tr><th scope=\"row\">" + escape(kiosk.kiosk) + "</th><td>" + escape(local_date_time(kiosk.received_at)) + " (il y a " +
                duration(now - kiosk.received_at) + ")</td><td>" + std::to_string(kiosk.content_version) +
                (kiosk.content_version == current_version ? " (à jour)" : " (en retard)") + "</td><td>" + duration(kiosk.uptime_s) +
                "</td><td>" + std::to_string(kiosk.outbox_backlog) + "</td><td>" + std::to_string(kiosk.outbox_dropped) + " / " +
                std::to_string(kiosk.outbox_rejected) + "</td><td>" + escape(kiosk.last_error.empty() ? "—" : kiosk.last_error) +
                "</td></tr>";
    std::string body = "<p><a href=\"/agent\">Retour à l'accueil</a></p>";
    body += kiosks.empty() ? "<p>Aucune borne ne s'est encore signalée.</p>"
                           : "<table><caption>Dernier signal de chaque borne</caption><thead><tr><th scope=\"col\">Borne</th>"
                             "<th scope=\"col\">Dernier signal</th><th scope=\"col\">Version du contenu</th><th scope=\"col\">"
                             "En marche depuis</th><th scope=\"col\">Avis en attente d'envoi</th><th scope=\"col\">Avis perdus (borne "
                             "pleine) / mis de côté (refusés)</th><th scope=\"col\">Dernière erreur"
                             "</th></tr></thead><tbody>" + rows + "</tbody></table>";
    return html::page({"Bornes", viewer.csrf, viewer.user}, body);
}

}  // namespace phare::hub::reports
