//! The footer line that traces what is shown to the exact file: title, publication date, version and
//! the first digits of the file's SHA-256 (the same as `chiso report` prints for the same file).

use chiso_core::format::Lang;
use chiso_core::provenance::SHORT_HASH_LEN;
use chiso_core::report::DatasetInfo;
use yew::prelude::*;

/// Props of [`Provenance`].
#[derive(Properties, Clone, PartialEq)]
pub struct ProvenanceProps {
    /// What the report is about; `sha256` is set when the widget had the file's bytes.
    pub info: DatasetInfo,
    /// Language.
    pub lang: Lang,
}

/// The provenance footer.
#[function_component]
pub fn Provenance(props: &ProvenanceProps) -> Html {
    let (info, lang) = (&props.info, props.lang);
    let hash = info.sha256.clone().unwrap_or_default();
    let short = hash.get(..SHORT_HASH_LEN).unwrap_or_default().to_string();
    html! {
        <p class="provenance" data-sha256={hash.clone()}>
            { info.title.get(lang) }
            { format!(
                " · {} {} · {} {}",
                lang.pick("công bố", "published"), info.published,
                lang.pick("phiên bản", "version"), info.version,
            ) }
            if !short.is_empty() {
                { " · SHA-256 " }
                <code class="hash" title={hash}>{ short }</code>
            }
        </p>
    }
}
