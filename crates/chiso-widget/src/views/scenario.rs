//! What the three what-if views share: the watermark, a slider row (range + number), the reset
//! button, the notice for an unreadable scenario, and a figure with its baseline beside it.

use crate::dom::El;
use chiso_core::format::Lang;
use chiso_core::offers::{Input, Offer};

/// The watermark text of every scenario figure.
pub fn watermark_text(lang: Lang) -> &'static str {
    lang.pick(
        "KỊCH BẢN — không phải số liệu chính thức",
        "Scenario — not official figures",
    )
}

/// The watermark banner (`[data-watermark]`), present only while an override is active.
pub fn watermark(lang: Lang) -> El {
    El::new("p")
        .class("watermark")
        .attr("data-watermark", "")
        .attr("role", "note")
        .text(watermark_text(lang))
}

/// The live results container of a what-if view (`[data-results]`), with the watermark banner
/// first while an override is active.
pub fn results_box(active: bool, lang: Lang) -> El {
    El::new("div")
        .class("results")
        .attr("data-results", "")
        .attr("aria-live", "polite")
        .child_opt(active.then(|| watermark(lang)))
}

/// The watermark laid over a scenario chart (a positioned element on the canvas).
pub fn overlay(active: bool, lang: Lang) -> Option<El> {
    active.then(|| {
        El::new("p")
            .class("watermark-over")
            .attr("data-watermark", "")
            .attr("aria-hidden", "true")
            .text(watermark_text(lang))
    })
}

/// The notice shown when the scenario text could not be read: the baseline is shown instead.
pub fn notice(part: &str, lang: Lang) -> El {
    let text = match lang {
        Lang::Vi => format!("Không đọc được phần kịch bản \"{part}\": đang hiển thị số liệu gốc."),
        Lang::En => format!("Could not read the scenario part \"{part}\": showing the baseline."),
    };
    El::new("p")
        .class("notice")
        .attr("role", "alert")
        .attr("data-notice", "scenario")
        .text(&text)
}

/// The reset button (back to the baseline).
pub fn reset(lang: Lang) -> El {
    El::new("button")
        .attr("type", "button")
        .class("reset")
        .attr("id", "scenario-reset")
        .attr("data-action", "reset")
        .text(lang.pick("Về số liệu gốc", "Back to the baseline"))
}

/// A number as an input's value (JavaScript reads it back exactly).
pub fn input_value(x: f64) -> String {
    chiso_core::format::decimal::shortest(x)
}

/// The accessible name of a slider: code, indicator name and unit.
pub fn slider_name(offer: &Offer, lang: Lang) -> String {
    let unit = match (&offer.input, &offer.unit) {
        (Input::Value, Some(u)) => chiso_core::format::unit_label(u, lang),
        (Input::Value, None) => String::new(),
        (Input::Points, _) => lang.pick("điểm", "points").to_string(),
    };
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" ({unit})")
    };
    format!("{} {}{unit}", offer.indicator, offer.name.get(lang))
}

/// One input of a slider row: a range or a number box, on the offer's grid.
fn input(kind: &str, id: &str, offer: &Offer, value: f64, label: &str) -> El {
    El::new("input")
        .attr("type", kind)
        .attr("id", id)
        .attr("data-action", "slider")
        .attr("data-code", &offer.code)
        .attr("min", &input_value(offer.min))
        .attr("max", &input_value(offer.max))
        .attr("step", &input_value(offer.step))
        .attr("value", &input_value(value))
        .attr("aria-label", label)
}

/// A slider row (`[data-slider="dti:6.4"]`): a range and a number box driving the same input,
/// and the baseline beside them. Arrow keys on the range move one step.
pub fn slider(offer: &Offer, value: f64, lang: Lang) -> El {
    let name = slider_name(offer, lang);
    let range_id = format!("range-{}", offer.code);
    let star = if offer.illustrative { "*" } else { "" };
    El::new("div")
        .class("slider")
        .attr("data-slider", &offer.code)
        .child(
            El::new("label")
                .attr("for", &range_id)
                .text(&format!("{name}{star}")),
        )
        .child(input("range", &range_id, offer, value, &name))
        .child(input(
            "number",
            &format!("number-{}", offer.code),
            offer,
            value,
            &format!("{name} — {}", lang.pick("nhập số", "type a number")),
        ))
        .child(El::new("small").class("base").text(&format!(
            "{} {}",
            lang.pick("gốc", "baseline"),
            chiso_core::format::number_trim(offer.baseline, 2, lang)
        )))
}

/// A figure of a scenario (`[data-figure=name]`) with its baseline (`[data-baseline=name]`).
pub fn stat(term: &str, name: &str, after: &str, before: &str, lang: Lang) -> El {
    El::new("div").child(El::new("dt").text(term)).child(
        El::new("dd")
            .child(El::new("span").attr("data-figure", name).text(after))
            .child(
                El::new("small")
                    .text(&format!(" {} ", lang.pick("gốc", "baseline")))
                    .child(El::new("span").attr("data-baseline", name).text(before)),
            ),
    )
}
