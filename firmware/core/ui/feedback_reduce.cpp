#include "core/ui/reduce_parts.h"

namespace phare::ui {

namespace {

std::vector<std::string> mode_names(const Modes& modes)
{
    std::vector<std::string> names;
    if (modes.text_size == TextSize::Large)
        names.emplace_back("large");
    if (modes.text_size == TextSize::Larger)
        names.emplace_back("larger");
    if (modes.contrast == Contrast::Dark)
        names.emplace_back("contrast");
    if (modes.contrast == Contrast::Light)
        names.emplace_back("contrast-light");
    if (modes.easy_read)
        names.emplace_back("easy");
    if (modes.speech)
        names.emplace_back("speech");
    return names;
}

}  // namespace

feedback::Rating draft_rating(const State& state, const content::Site& site)
{
    feedback::Rating rating;
    rating.site = site.id;
    rating.kiosk = state.kiosk;
    rating.satisfaction = state.feedback.satisfaction.value_or(feedback::Satisfaction::Medium);
    rating.clarity = state.feedback.clarity;
    rating.found_counter = state.feedback.found_counter;
    rating.service = state.last_service;
    rating.lang = state.lang;
    rating.modes = mode_names(state.modes);
    return rating;
}

// "Merci, votre avis est enregistré" only once it is true (issue: a power cut loses no rating the
// visitor saw acknowledged).
Update rating_stored(const State& state, const RatingStored& stored, const content::Site& site)
{
    Update update{state, {}};
    if (state.feedback.step != FeedbackStep::Saving)
        return update;
    update.state.feedback.step = stored.ok ? FeedbackStep::Thanks : FeedbackStep::Failed;
    update.state.feedback.given = stored.ok;
    say(update.effects, std::string(site.ui(stored.ok ? "feedback.thanks" : "feedback.failed", state.lang)), state.lang);
    return update;
}

}  // namespace phare::ui
