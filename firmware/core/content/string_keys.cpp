#include "core/content/string_keys.h"

#include "core/i18n/template.h"

#include <array>
#include <optional>

namespace phare::content {

namespace {

struct KeyText {
    std::string_view key;
    std::string_view french;  // the kiosk's own French: shown when a site lacks the key
};

// The French reference text of every key; docs/string-keys.txt mirrors it for translators (a unit
// test keeps the two equal).
constexpr std::array<KeyText, 231> keys{{
    {"welcome.title", "Bienvenue"},
    {"welcome.prompt", "Que venez-vous faire aujourd'hui ?"},
    {"welcome.services_heading", "Choisissez un service"},
    {"welcome.language_heading", "Langue"},
    {"nav.back", "Retour"},
    {"nav.home", "Accueil"},
    {"nav.help", "Aide"},
    {"nav.next_page", "Page suivante"},
    {"nav.previous_page", "Page précédente"},
    {"nav.page_of", "Page {page} sur {pages}"},
    {"a11y.button", "Accessibilité"},
    {"a11y.heading", "Affichage et écoute"},
    {"a11y.size_standard", "Texte normal"},
    {"a11y.size_large", "Grand texte"},
    {"a11y.size_larger", "Très grand texte"},
    {"a11y.contrast", "Contraste élevé, clair sur sombre"},
    {"a11y.contrast_light", "Contraste élevé, sombre sur clair"},
    {"a11y.easy_read", "Facile à lire"},
    {"a11y.speech", "Guidage vocal"},
    {"state.on", "activé"},
    {"maint.title", "Maintenance"},
    {"maint.kiosk", "Borne"},
    {"maint.content", "Contenu affiché"},
    {"maint.hub", "Serveur"},
    {"maint.hub_none", "aucun (hors ligne)"},
    {"maint.hub_reachable", "joignable"},
    {"maint.hub_unreachable", "injoignable"},
    {"maint.live", "Canal direct"},
    {"maint.live_connected", "connecté"},
    {"maint.live_down", "coupé, relevé périodique"},
    {"maint.live_off", "désactivé"},
    {"maint.last_sync", "Dernière synchronisation réussie"},
    {"maint.last_error", "Dernière erreur"},
    {"maint.backlog", "Avis en attente d'envoi"},
    {"maint.dropped", "Avis perdus (file pleine)"},
    {"maint.rejected", "Avis refusés par le serveur"},
    {"maint.none", "aucune"},
    {"maint.help", "Écran de maintenance pour les techniciens. La touche Retour le ferme."},
    {"notice.urgent", "Urgent : {text}"},
    {"notice.info", "Information : {text}"},
    {"status.closed_today", "Fermé aujourd'hui"},
    {"status.reduced", "Horaires réduits aujourd'hui : {hours}"},
    {"status.moved", "Ce service a changé de place. Suivez le nouvel itinéraire."},
    {"state.off", "désactivé"},
    {"role.button", "bouton"},
    {"role.heading", "titre"},
    {"role.toggle", "interrupteur"},
    {"position.of", "{index} sur {count}"},
    {"service.hours_heading", "Horaires"},
    {"service.where_heading", "Où aller"},
    {"service.where", "{place}, {level}"},
    {"service.closed", "Fermé"},
    {"service.tag_open", "Ouvert · ferme à {time}"},
    {"service.tag_opens_at", "Fermé · ouvre à {time}"},
    {"service.tag_closed_now", "Fermé pour aujourd'hui"},
    {"service.tag_reduced", "Horaires réduits aujourd'hui"},
    {"service.tag_moved", "Déménagé"},
    {"service.today_hours", "Aujourd'hui, {day_lower} : {hours}"},
    {"service.closed_exceptionally", "Fermé exceptionnellement"},
    {"service.reduced_hours", "{hours} (horaires réduits)"},
    {"service.day_span", "{first} – {last_lower}"},
    {"service.day_span_spoken", "du {first_lower} au {last_lower}"},
    {"service.ticket_step", "Prenez un ticket {prefix} à la borne ou au distributeur, puis attendez que votre numéro soit appelé."},
    {"service.ticket_step_easy", "Prenez un ticket {prefix}. Attendez qu'on appelle votre numéro."},
    {"service.day_hours", "{day} : {hours}"},
    {"list.join", "{first}, {second}"},
    {"day.mon", "Lundi"},
    {"day.tue", "Mardi"},
    {"day.wed", "Mercredi"},
    {"day.thu", "Jeudi"},
    {"day.fri", "Vendredi"},
    {"day.sat", "Samedi"},
    {"day.sun", "Dimanche"},
    {"help.welcome", "Touchez un service pour savoir où aller. Avec le clavier : les flèches choisissent, le bouton rond valide."},
    {"help.service", "Cette page dit où se trouve le service et quand il est ouvert. Touchez Retour pour revenir."},
    {"help.accessibility", "Choisissez la taille du texte, les couleurs, le texte facile à lire ou le guidage vocal."},
    {"help.close", "Fermer l'aide"},
    {"session.still_here", "Êtes-vous toujours là ? Touchez l'écran ou appuyez sur une touche pour continuer."},
    {"session.continue", "Continuer"},
    {"speech.idle_hint", "Pour utiliser la borne avec la voix, appuyez sur la touche Aide : un losange bleu avec un point en relief."},
    {"speech.first_item", "Premier élément de l'écran."},
    {"speech.last_item", "Dernier élément de l'écran."},
    {"speech.repeating", "Je répète :"},
    {"speech.volume", "Volume {percent} %"},
    {"speech.volume_min", "Volume minimum"},
    {"speech.volume_max", "Volume maximum"},
    {"a11y.rate_slow", "Voix lente"},
    {"a11y.rate_normal", "Voix normale"},
    {"a11y.rate_fast", "Voix rapide"},
    {"speech.guidance_on", "Guidage vocal activé. Les flèches choisissent, le bouton rond valide, la touche Aide explique."},
    {"speech.paused", "Pause"},
    {"speech.headset_on", "Écoute privée : la voix passe dans le casque."},
    {"speech.headset_off", "Écoute privée terminée : la voix passe dans le haut-parleur."},
    {"help.more", "Plus d'aide"},
    {"help.keys", "Les touches sous l'écran : les flèches haut et bas choisissent et lisent à voix haute. Le bouton rond valide ou répète. La touche Retour revient en arrière. Les touches plus et moins règlent le volume."},
    {"feedback.open", "Donner mon avis"},
    {"feedback.question", "De façon générale, comment ça s'est passé ?"},
    {"feedback.good", "Bien"},
    {"feedback.medium", "Moyen"},
    {"feedback.bad", "Pas bien"},
    {"feedback.clarity_question", "Les informations étaient-elles claires ? De 1, pas clair du tout, à 5, très clair."},
    {"feedback.counter_question", "Avez-vous trouvé facilement le bon guichet ?"},
    {"feedback.yes", "Oui"},
    {"feedback.no", "Non"},
    {"feedback.skip", "Passer cette question"},
    {"feedback.saving", "Enregistrement de votre avis…"},
    {"feedback.thanks", "Merci, votre avis est enregistré."},
    {"feedback.already", "Vous avez déjà donné votre avis. Merci."},
    {"feedback.failed", "Votre avis n'a pas pu être enregistré. Vous pouvez le dire à l'accueil."},
    {"dir.button", "Comment y aller"},
    {"dir.heading", "Itinéraire"},
    {"dir.step_free", "Itinéraire sans marches"},
    {"dir.start", "Vous êtes devant {kiosk}, {facing}."},
    {"dir.walk_ahead", "Avancez tout droit sur {distance} vers {place}."},
    {"dir.walk_left", "Tournez à gauche et avancez sur {distance} vers {place}."},
    {"dir.walk_right", "Tournez à droite et avancez sur {distance} vers {place}."},
    {"dir.walk_back", "Faites demi-tour et avancez sur {distance} vers {place}."},
    {"dir.walk_screen_back", "Tournez le dos à l'écran et avancez sur {distance} vers {place}."},
    {"dir.walk_ahead_plain", "Avancez tout droit sur {distance}."},
    {"dir.walk_left_plain", "Tournez à gauche et avancez sur {distance}."},
    {"dir.walk_right_plain", "Tournez à droite et avancez sur {distance}."},
    {"dir.walk_back_plain", "Faites demi-tour et avancez sur {distance}."},
    {"dir.walk_screen_back_plain", "Tournez le dos à l'écran et avancez sur {distance}."},
    {"dir.turn_left", "Tournez à gauche."},
    {"dir.turn_right", "Tournez à droite."},
    {"dir.turn_back", "Faites demi-tour."},
    {"dir.turn_screen_back", "Tournez le dos à l'écran."},
    {"dir.ramp", "Suivez la rampe sur {distance}."},
    {"dir.door", "Passez la porte."},
    {"dir.door_automatic", "Passez la porte automatique."},
    {"dir.door_push", "Poussez la porte et passez."},
    {"dir.door_pull", "Tirez la porte vers vous et passez."},
    {"dir.door_sliding", "Passez la porte coulissante."},
    {"dir.door_revolving", "Passez la porte tournante."},
    {"dir.door_heavy", "Attention, cette porte est lourde."},
    {"dir.stairs_short", "Prenez {place} : {steps, plural, one {# marche} other {# marches}}."},
    {"dir.stairs_long", "Prenez {place}. C'est une longue volée de marches."},
    {"dir.stairs_up_short", "Montez {place} jusqu'au niveau {number} ({level}) : {steps, plural, one {# marche} other {# marches}}."},
    {"dir.stairs_up_long", "Montez {place} jusqu'au niveau {number} ({level}). C'est une longue volée de marches."},
    {"dir.stairs_down_short", "Descendez {place} jusqu'au niveau {number} ({level}) : {steps, plural, one {# marche} other {# marches}}."},
    {"dir.stairs_down_long", "Descendez {place} jusqu'au niveau {number} ({level}). C'est une longue volée de marches."},
    {"dir.stairs_name", "l'escalier"},
    {"dir.handrail_left", "Main courante à gauche."},
    {"dir.handrail_right", "Main courante à droite."},
    {"dir.handrail_both", "Mains courantes des deux côtés."},
    {"dir.flights", "En tout : {flights} volées de marches."},
    {"dir.escalator", "Prenez {place} jusqu'au niveau {number} ({level})."},
    {"dir.escalator_name", "l'escalator"},
    {"dir.lift", "Prenez {place} jusqu'au niveau {number} ({level})."},
    {"dir.lift_name", "l'ascenseur"},
    {"dir.arrive", "Vous y êtes : vous êtes devant {place}."},
    {"dir.no_step_free", "Il n'y a pas d'itinéraire sans marches vers {place}. Demandez de l'aide à l'accueil : {reception}, {level}."},
    {"dir.no_route", "Nous n'avons pas trouvé d'itinéraire vers {place}. Demandez de l'aide à l'accueil : {reception}, {level}."},
    {"dir.metres", "{n} mètres"},
    {"dir.few_metres", "quelques mètres"},
    {"dir.easy.walk", "Allez tout droit vers {place}."},
    {"dir.easy.walk_plain", "Avancez tout droit de {distance}."},
    {"dir.easy.stairs", "Prenez {place}."},
    {"dir.easy.stairs_up", "Montez {place} jusqu'au niveau {number}."},
    {"dir.easy.stairs_down", "Descendez {place} jusqu'au niveau {number}."},
    {"dir.easy.lift", "Prenez {place}. Appuyez sur {number}."},
    {"dir.easy.arrive", "C'est ici : {place}."},
    {"help.directions", "Chaque ligne est une étape du trajet, dans l'ordre. Touchez « Itinéraire sans marches » pour éviter les escaliers. Touchez Retour pour revenir au service. Touchez « Voir le plan » pour voir le trajet dessiné. Le code carré, s'il est affiché après les étapes, donne cet itinéraire sur votre téléphone."},
    {"map.button", "Voir le plan"},
    {"map.heading", "Plan du niveau {number} ({level})"},
    {"map.you_are_here", "Vous êtes ici"},
    {"map.destination", "Arrivée : {place}"},
    {"map.lift_to", "Ascenseur → niveau {number}"},
    {"map.stairs_to", "Escalier → niveau {number}"},
    {"map.escalator_to", "Escalator → niveau {number}"},
    {"map.from_level", "Depuis le niveau {number}"},
    {"map.summary", "Plan du niveau {number}."},
    {"map.summary_here", "Vous êtes ici."},
    {"map.summary_here_near", "Vous êtes ici. À côté : {place}."},
    {"map.summary_from", "Vous arrivez par {place}."},
    {"map.summary_to_level", "Pour aller au niveau {number}, l'itinéraire passe par {place}."},
    {"map.summary_to_destination", "Votre destination est sur ce niveau : {place}."},
    {"map.legend", "Votre itinéraire : le trait épais en tirets, avec des flèches dans le sens de la marche."},
    {"map.easy.legend", "Le chemin à suivre : le gros trait avec des flèches."},
    {"qr.scan", "Scannez ce code pour avoir cet itinéraire sur votre téléphone."},
    {"qr.image", "Code QR de cet itinéraire, à scanner avec un téléphone"},
    {"help.map", "Le plan montre votre itinéraire, un niveau par page, dans l'ordre du trajet. Touchez Page suivante pour voir le niveau suivant. Les étapes écrites sont sur l'écran Itinéraire : touchez Retour."},
    {"dir.standard", "Itinéraire le plus court, marches possibles"},
    {"queue.estimate_range", "environ {low} à {high_minutes}"},
    {"queue.estimate_under", "moins de {high_minutes}"},
    {"queue.estimate_unknown", "temps d'attente pas encore connu"},
    {"time.hour", "{h}\u00A0h"},
    {"time.hour_minute", "{h}\u00A0h\u00A0{mm}"},
    {"time.range", "{from} – {to}"},
    {"label.value", "{label} : {value}"},
    {"fallback.intro", "Message en {language} :"},
    {"queue.ticket_heading", "Votre ticket {ticket}"},
    {"queue.people_ahead", "Personnes avant vous : {count}"},
    {"queue.called_go_to", "Appelé : rendez-vous au {counter}"},
    {"queue.route_link", "Voir le chemin jusqu'au guichet"},
    {"queue.ticket_done", "Ce ticket est terminé. Merci de votre visite."},
    {"queue.ticket_absent", "Vous avez été appelé, mais vous n'étiez pas là. Adressez-vous à l'accueil."},
    {"queue.ticket_expired", "Ce ticket date d'un autre jour. Prenez un nouveau ticket à la borne."},
    {"queue.page_refreshes", "Cette page se met à jour toute seule."},
    {"queue.open", "File d'attente et tickets"},
    {"queue.board.title", "File d'attente"},
    {"queue.board.serving", "Ticket appelé : {ticket}"},
    {"queue.board.serving_none", "Aucun ticket appelé pour l'instant"},
    {"queue.board.waiting", "{count} personnes attendent"},
    {"queue.board.waiting_one", "{count} personne attend"},
    {"queue.board.wait", "Attente : {estimate}"},
    {"queue.board.counters", "Guichets ouverts : {counters}"},
    {"queue.board.counters_none", "Aucun guichet ouvert pour l'instant"},
    {"queue.board.no_data", "Pas d'information pour ce service"},
    {"queue.board.unavailable", "Informations de file d'attente indisponibles. Les numéros ne sont pas affichés : ils ne seraient peut-être plus à jour."},
    {"queue.board.route_to", "Itinéraire vers {counter}"},
    {"queue.board.help", "Ce tableau montre, pour chaque service, le dernier ticket appelé, le nombre de personnes qui attendent et l'attente estimée. Quand un ticket est appelé, il s'affiche en grand et il est annoncé."},
    {"queue.call.announce", "Appel du ticket {ticket} : {counter}."},
    {"queue.call.recall", "Rappel du ticket {ticket} : {counter}."},
    {"queue.ticket.take", "Prendre un ticket"},
    {"queue.ticket.title", "Ticket de file d'attente"},
    {"queue.ticket.choose", "Pour quel service ?"},
    {"queue.ticket.priority_heading", "Ticket prioritaire, si vous en avez besoin :"},
    {"queue.ticket.priority_reduced_mobility", "Mobilité réduite"},
    {"queue.ticket.priority_pregnancy", "Grossesse"},
    {"queue.ticket.priority_disability", "Handicap"},
    {"queue.ticket.requesting", "Demande du ticket en cours, un instant."},
    {"queue.ticket.your_number", "Votre numéro"},
    {"queue.ticket.issued_spoken", "Votre numéro est {ticket}. Personnes avant vous : {ahead}."},
    {"queue.ticket.ahead", "{count} personnes avant vous"},
    {"queue.ticket.ahead_one", "{count} personne avant vous"},
    {"queue.ticket.qr_scan", "Scannez ce code pour suivre votre ticket sur votre téléphone."},
    {"queue.ticket.qr_image", "Code QR de votre ticket, à scanner avec un téléphone"},
    {"queue.ticket.unreachable", "La file d'attente ne répond pas : aucun ticket ne peut être pris pour l'instant. Adressez-vous à l'accueil."},
    {"queue.ticket.refused", "Aucun ticket ne peut être pris pour ce service pour l'instant. Adressez-vous à l'accueil."},
    {"queue.ticket.help", "Choisissez le service, puis touchez Prendre un ticket. Si vous avez besoin d'un ticket prioritaire, touchez le bouton qui vous correspond. Gardez votre numéro : il s'affichera et sera annoncé quand ce sera votre tour."},
}};

}  // namespace

std::span<const std::string_view> required_string_keys()
{
    static constexpr std::array<std::string_view, keys.size()> views = [] {
        std::array<std::string_view, keys.size()> out{};
        for (std::size_t i = 0; i < keys.size(); ++i)
            out[i] = keys[i].key;
        return out;
    }();
    return views;
}

std::optional<std::string_view> builtin_french(std::string_view key)
{
    for (const KeyText& entry : keys)
        if (entry.key == key)
            return entry.french;
    return std::nullopt;
}

std::vector<std::string> placeholders(std::string_view text) { return i18n::template_names(text); }

std::vector<std::string> placeholder_choices(std::string_view key)
{
    if (key == "time.hour" || key == "time.hour_minute")
        return {"h", "hh", "mm"};
    // Day names mid-sentence: each language writes them in its own case ("du lundi au vendredi",
    // "Monday to Friday").
    if (key == "service.day_span" || key == "service.day_span_spoken")
        return {"first", "first_lower", "last", "last_lower"};
    if (key == "service.today_hours")
        return {"day", "day_lower", "hours"};
    return {};
}

}  // namespace phare::content
