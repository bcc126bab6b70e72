//! `chiso`: validate, check and report a published `chiso/1` dataset from the command line.
//!
//! Every number comes from chiso-core, the same functions the widget calls.

mod check_view;
mod report_view;
mod table;

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
                let report = chiso_core::report::Report::compute(&dataset);
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
