#include "core/ui/screens/screens.h"

#include "core/i18n/template.h"

namespace phare::ui::screens {

namespace {

ButtonSpec answer(Layout& layout, const std::string& id, const std::string& label, Action action, int index, int count)
{
    return {id, label, layout.spoken_control(label, "role.button", index, count), std::move(action)};
}

// A face in a 100-unit square: a ring, two eyes and a mouth that smiles, stays flat or frowns. In
// the answer's text colour; the words beside it say the answer (never a face alone, R-41).
std::vector<Shape> face(feedback::Satisfaction value, Color ink, Color paper)
{
    std::vector<Shape> shapes{
        {ShapeKind::Circle, {{50, 50}}, 96, ink, {}},
        {ShapeKind::Circle, {{50, 50}}, 82, paper, {}},
        {ShapeKind::Circle, {{34, 38}}, 14, ink, {}},
        {ShapeKind::Circle, {{66, 38}}, 14, ink, {}},
    };
    switch (value) {
    case feedback::Satisfaction::Good: shapes.push_back({ShapeKind::Polyline, {{28, 60}, {40, 72}, {60, 72}, {72, 60}}, 8, ink, {}}); break;
    case feedback::Satisfaction::Medium: shapes.push_back({ShapeKind::Polyline, {{30, 68}, {70, 68}}, 8, ink, {}}); break;
    case feedback::Satisfaction::Bad: shapes.push_back({ShapeKind::Polyline, {{28, 76}, {40, 64}, {60, 64}, {72, 76}}, 8, ink, {}}); break;
    }
    return shapes;
}

// "Question 1 sur 3": how long the survey is, before the visitor starts it. Two questions when it
// is offered before the visit (FeedbackDraft::before_visit).
void progress(Layout& layout, std::vector<Block>& body, int step)
{
    const int steps = layout.state().feedback.before_visit ? 2 : 3;
    const std::string words = i18n::fill(layout.ui("feedback.progress"), {{"step", std::to_string(step)}, {"steps", std::to_string(steps)}});
    body.push_back(layout.paragraph("feedback.progress", words, layout.theme().body_cap_mm, layout.theme().palette.muted_text));
}

// The three JDMA answers, as words with a face beside each, best first.
void satisfaction(Layout& layout, std::vector<Block>& body)
{
    progress(layout, body, 1);
    body.push_back(layout.heading("feedback.question", layout.ui("feedback.question"), layout.theme().title_cap_mm, false));
    struct Answer {
        feedback::Satisfaction value;
        const char* key;
    };
    int index = 0;
    for (const Answer& choice : {Answer{feedback::Satisfaction::Good, "feedback.good"}, Answer{feedback::Satisfaction::Medium, "feedback.medium"},
                                 Answer{feedback::Satisfaction::Bad, "feedback.bad"}})
    {
        ButtonSpec spec = answer(layout, "feedback." + feedback::to_string(choice.value), layout.ui(choice.key), Rate{choice.value}, ++index, 3);
        spec.glyph = face(choice.value, layout.theme().palette.button_text, layout.theme().palette.button);
        body.push_back(layout.button(spec));
    }
}

void clarity(Layout& layout, std::vector<Block>& body)
{
    progress(layout, body, 2);
    body.push_back(layout.heading("feedback.clarity_question", layout.ui("feedback.clarity_question"), layout.theme().heading_cap_mm, false));
    for (int level = 1; level <= 5; ++level) {
        const std::string digit = std::to_string(level);
        body.push_back(layout.button(answer(layout, "feedback.clarity." + digit, digit, SetClarity{level}, level, 6)));
    }
    body.push_back(layout.button(answer(layout, "feedback.skip", layout.ui("feedback.skip"), SetClarity{}, 6, 6)));
}

void counter(Layout& layout, std::vector<Block>& body)
{
    progress(layout, body, 3);
    body.push_back(layout.heading("feedback.counter_question", layout.ui("feedback.counter_question"), layout.theme().heading_cap_mm, false));
    body.push_back(layout.button(answer(layout, "feedback.counter.yes", layout.ui("feedback.yes"), SetFoundCounter{true}, 1, 3)));
    body.push_back(layout.button(answer(layout, "feedback.counter.no", layout.ui("feedback.no"), SetFoundCounter{false}, 2, 3)));
    body.push_back(layout.button(answer(layout, "feedback.skip", layout.ui("feedback.skip"), SetFoundCounter{}, 3, 3)));
}

}  // namespace

Frame feedback(Layout& layout)
{
    std::vector<Block> body;
    const FeedbackDraft& draft = layout.state().feedback;
    switch (draft.step) {
    case FeedbackStep::Satisfaction: satisfaction(layout, body); break;
    case FeedbackStep::Clarity: clarity(layout, body); break;
    case FeedbackStep::Counter: counter(layout, body); break;
    case FeedbackStep::Saving:
        body.push_back(layout.heading("feedback.saving", layout.ui("feedback.saving"), layout.theme().title_cap_mm, false));
        break;
    case FeedbackStep::Thanks:
        body.push_back(layout.heading("feedback.thanks", layout.ui("feedback.thanks"), layout.theme().title_cap_mm, false));
        break;
    case FeedbackStep::Failed:
        body.push_back(layout.heading("feedback.failed", layout.ui("feedback.failed"), layout.theme().title_cap_mm, false));
        break;
    }
    return layout.compose("feedback", std::move(body), layout.ui("feedback.question"));
}

// On the welcome screen and at the end of a service page; once given, a thank-you instead.
Block feedback_entry(Layout& layout)
{
    if (layout.state().feedback.given)
        return layout.paragraph("feedback.already", layout.ui("feedback.already"), layout.theme().body_cap_mm, layout.theme().palette.text);
    const std::string label = layout.ui("feedback.open");
    return layout.button({"feedback.open", label, layout.spoken_control(label, "role.button"), OpenFeedback{}});
}

}  // namespace phare::ui::screens
