//! `chiso`: validate, check, report and compare published `chiso/1` datasets from the command
//! line; its JSON Schema; and the spreadsheet template the data office fills (import, export).
//!
//! Every number comes from chiso-core, the same functions the widget calls.

mod check_view;
mod diff_view;
mod import_view;
mod report_view;
mod table;
mod template;
mod whatif_view;

use anyhow::Context as _;
use chiso_core::format::Lang;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Score, explain and check a province's digital-transformation data.
#[derive(Parser)]
#[command(name = "chiso", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse and validate a file; list every error with its JSON path (exit 1 when any).
    Validate {
        /// The dataset.
        file: PathBuf,
        #[command(flatten)]
        output: Output,
    },
    /// Recompute every stated total and percentage; list the ones that do not add up.
    Check {
        /// The dataset.
        file: PathBuf,
        #[command(flatten)]
        output: Output,
        /// Exit 1 when any mismatch is found.
        #[arg(long)]
        strict: bool,
    },
    /// DTI overview, largest gaps, agency scorecard, budget ratios, targets and tasks.
    Report {
        /// The dataset.
        file: PathBuf,
        #[command(flatten)]
        output: Output,
    },
    /// What a what-if scenario (a page URL's `scenario` text, e.g. `v~dti:4.2=8;p~dti:8.2=19`)
    /// does: total, index and rank (computed, or anchored on the published rank), the sliders
    /// offered, target changes, the budget projection and the PII, as the widget computes them.
    Whatif {
        /// The dataset.
        file: PathBuf,
        /// The scenario text (empty: the baseline).
        #[arg(long, default_value = "")]
        scenario: String,
        /// How many sliders to offer per framework.
        #[arg(long, default_value_t = chiso_core::offers::DEFAULT_SLIDERS)]
        sliders: usize,
        #[command(flatten)]
        output: Output,
    },
    /// Print the JSON Schema of chiso/1 (descriptions in English and Vietnamese).
    Schema,
    /// Write a dataset as the spreadsheet template: OUT.xlsx, or a folder of CSV files.
    Export {
        /// The dataset (chiso/1 JSON).
        dataset: PathBuf,
        /// An .xlsx file, or a folder for CSV files.
        out: PathBuf,
        /// Language of sheet names and headers (both are read back).
        #[arg(long, value_enum, default_value_t = LangArg::Vi)]
        lang: LangArg,
    },
    /// Read a filled template (an .xlsx file or a folder of CSV files) into a chiso/1 dataset;
    /// on any error, list them all with sheet, row and column, and write nothing (exit 1).
    Import {
        /// An .xlsx (or .xls, .ods) workbook, or a folder of CSV files.
        input: PathBuf,
        /// The dataset to write.
        out: PathBuf,
        #[command(flatten)]
        output: Output,
    },
    /// Which figures, targets, budget lines and tasks changed between two publications, and what
    /// each change does to points, ranks, target statuses and budget ratios.
    Diff {
        /// The earlier publication.
        old: PathBuf,
        /// The later publication.
        new: PathBuf,
        #[command(flatten)]
        output: Output,
    },
}

#[derive(clap::Args)]
struct Output {
    /// Language of labels and number format.
    #[arg(long, value_enum, default_value_t = LangArg::Vi)]
    lang: LangArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Vi,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// Output format of a command.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Aligned plain text.
    Text,
    /// Markdown tables.
    Md,
    /// JSON (a stable interface, see docs/report.md).
    Json,
}

fn read(file: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))
}

/// Parses and validates, printing the issues when the file is not valid.
fn load(
    file: &Path,
    output: &Output,
    out: &mut String,
) -> anyhow::Result<Option<chiso_core::Dataset>> {
    let text = read(file)?;
    match chiso_core::load(&text) {
        Ok(dataset) => Ok(Some(dataset)),
        Err(issues) => {
            out.push_str(&check_view::issues(
                &issues,
                output.lang.into(),
                output.format,
            )?);
            Ok(None)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<(String, ExitCode)> {
    let mut out = String::new();
    let code = match cli.command {
        Command::Validate { file, output } => match load(&file, &output, &mut out)? {
            Some(_) => {
                out.push_str(&check_view::issues(&[], output.lang.into(), output.format)?);
                ExitCode::SUCCESS
            }
            None => ExitCode::FAILURE,
        },
        Command::Check {
            file,
            output,
            strict,
        } => match load(&file, &output, &mut out)? {
            Some(dataset) => {
                let findings = chiso_core::consistency::check(&dataset);
                out.push_str(&check_view::findings(
                    &findings,
                    output.lang.into(),
                    output.format,
                )?);
                let mismatches = findings
                    .iter()
                    .any(|f| f.severity == chiso_core::consistency::Severity::Mismatch);
                if strict && mismatches {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                }
            }
            None => ExitCode::FAILURE,
        },
        Command::Report { file, output } => match load(&file, &output, &mut out)? {
            Some(dataset) => {
                let mut report = chiso_core::report::Report::compute(&dataset);
                report.dataset.sha256 =
                    Some(chiso_core::provenance::sha256_hex(read(&file)?.as_bytes()));
                out.push_str(&report_view::render(
                    &dataset,
                    &report,
                    output.lang.into(),
                    output.format,
                )?);
                ExitCode::SUCCESS
            }
            None => ExitCode::FAILURE,
        },
        Command::Whatif {
            file,
            scenario,
            sliders,
            output,
        } => match load(&file, &output, &mut out)? {
            Some(dataset) => match chiso_core::scenario::Scenario::from_query(&scenario) {
                Ok(s) => {
                    let value = whatif_view::compute(&dataset, &scenario, &s, sliders);
                    out.push_str(&whatif_view::render(
                        &value,
                        output.lang.into(),
                        output.format,
                    )?);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    let lang: Lang = output.lang.into();
                    out.push_str(&format!(
                        "{} {:?}\n",
                        lang.pick("Không đọc được phần kịch bản", "Unreadable scenario part"),
                        e.part
                    ));
                    ExitCode::FAILURE
                }
            },
            None => ExitCode::FAILURE,
        },
        Command::Schema => {
            let schema = chiso_core::schema::schema();
            out.push_str(&(serde_json::to_string_pretty(&schema)? + "\n"));
            ExitCode::SUCCESS
        }
        Command::Export {
            dataset,
            out: path,
            lang,
        } => {
            let output = Output {
                lang,
                format: FormatArg::Text,
            };
            match load(&dataset, &output, &mut out)? {
                Some(d) => {
                    let xlsx = path
                        .extension()
                        .is_some_and(|x| x.eq_ignore_ascii_case("xlsx"));
                    if xlsx {
                        template::export::to_xlsx(&d, &path, lang.into())?;
                    } else {
                        template::export::to_csv_dir(&d, &path, lang.into())?;
                    }
                    out.push_str(&import_view::written(&d, &path, lang.into()));
                    ExitCode::SUCCESS
                }
                None => ExitCode::FAILURE,
            }
        }
        Command::Import {
            input,
            out: path,
            output,
        } => {
            let raw = if input.is_dir() {
                template::read::csv_folder(&input)?
            } else {
                template::read::workbook(&input)?
            };
            match template::import::import(&raw) {
                Ok(d) => {
                    let json = serde_json::to_string_pretty(&d)? + "\n";
                    std::fs::write(&path, json)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    out.push_str(&import_view::written(&d, &path, output.lang.into()));
                    ExitCode::SUCCESS
                }
                Err(errors) => {
                    out.push_str(&import_view::errors(
                        &errors,
                        output.lang.into(),
                        output.format,
                    )?);
                    ExitCode::FAILURE
                }
            }
        }
        Command::Diff { old, new, output } => {
            let before = load(&old, &output, &mut out)?;
            let after = load(&new, &output, &mut out)?;
            match (before, after) {
                (Some(a), Some(b)) => {
                    let diff = chiso_core::diff::Diff::compute(&a, &b);
                    let hash = |p: &Path| -> anyhow::Result<String> {
                        Ok(chiso_core::provenance::sha256_hex(read(p)?.as_bytes()))
                    };
                    let (ha, hb) = (hash(&old)?, hash(&new)?);
                    out.push_str(&diff_view::render(
                        &diff,
                        (
                            diff_view::Publication {
                                dataset: &a,
                                sha256: &ha,
                            },
                            diff_view::Publication {
                                dataset: &b,
                                sha256: &hb,
                            },
                        ),
                        output.lang.into(),
                        output.format,
                    )?);
                    ExitCode::SUCCESS
                }
                _ => ExitCode::FAILURE,
            }
        }
    };
    Ok((out, code))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok((text, code)) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`chiso report | head`) is not an error worth a message.
            let _ = stdout.write_all(text.as_bytes());
            code
        }
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "chiso: {error:#}");
            ExitCode::from(2)
        }
    }
}
