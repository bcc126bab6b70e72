//! A small reader of `chiso/1`, for the widget: JSON text → [`Dataset`] with the same types, the
//! same defaults and the same rules as [`crate::parse::parse`] (serde), in a fraction of the code.
//!
//! serde's derived `Deserialize` impls, compiled for a JSON deserializer, are most of the widget's
//! WebAssembly (about 40 KB of its gzip). This module reads the text into a plain JSON tree (one
//! small parser), then builds each model type by hand with a few shared helpers, and names the
//! JSON path of the first shape error, as the serde path does. The root's `observations`, most
//! of a large file, skip the tree: each becomes an [`Observation`] as soon as it is read.
//!
//! What a file must be is unchanged; `tests/lite.rs` checks that both readers accept and reject
//! the same files and give the same datasets. That includes serde's less visible rules:
//! unknown fields are errors (except in a [`Text`], where they are ignored), a duplicate field is
//! an error, `null` is accepted only for optional fields, integers (`rank`, `year`, `month`) must
//! be written as integers, a struct may also be written as an array of its fields in order, a
//! unit variant also as `{"name": null}`, and a `published` rule ignores other keys.
//!
//! Where serde_json calls well-formed JSON of the wrong shape a syntax error (a unit variant
//! written as a number, `null`, an array or a map of more or less than one key; a struct written
//! as an array with too many items), this reader reports a shape error, with its JSON path.
//! serde's path ignores text after the first JSON value; this reader rejects it, as `JSON.parse`
//! does.
//!
//! Numbers are converted by a function the caller gives ([`parse_with`]): the widget passes the
//! browser's `parseFloat`, which, like Rust's `str::parse`, rounds correctly, so a 10 KB
//! float-parsing table stays out of the WebAssembly.

use crate::issue::{Issue, IssueCode};
use crate::model::{
    AlsoStated, Baseline, BudgetCategory, BudgetLine, Category, Comparator, Dataset, Direction,
    Entity, EntityKind, Figure, Framework, Indicator, Measure, MeasureField, Meta, Method, Metric,
    MoneyUnit, MonthlyDisbursement, Observation, Part, Ratio, Rule, Source, SourceRef,
    StatedBudgetRatios, Step, Target, Task, TaskStatus, Text, Value, FORMAT_V1,
};
use std::borrow::Cow;
use std::cell::Cell;

/// Parses a published file, converting numbers with Rust's `str::parse`. Same result as
/// [`crate::parse::parse`]: the dataset, or the first problem with its line, column and JSON path.
pub fn parse(json: &str) -> Result<Dataset, Issue> {
    parse_with(json, |text| text.parse().unwrap_or(f64::NAN))
}

/// [`parse`] with a given conversion of a JSON number's text (always valid JSON number syntax) to
/// the nearest `f64`, infinite when out of range.
pub fn parse_with(json: &str, number: fn(&str) -> f64) -> Result<Dataset, Issue> {
    let mut parser = Parser {
        text: json,
        at: 0,
        depth: 0,
        number,
    };
    let root = match parser.document() {
        Ok(root) => root,
        Err((at, message)) => return Err(issue(json, IssueCode::MalformedJson, at, "", message)),
    };
    let probe = format_probe(&root);
    let first = First::default();
    let dataset = dataset(root, &Path::Root(&first));
    match first.take().map(|bad| *bad) {
        None if dataset.format == FORMAT_V1 => Ok(dataset),
        None => Err(Issue::at(
            IssueCode::UnknownFormat,
            "format",
            crate::issue::clip(&dataset.format),
        )),
        Some(Bad {
            at,
            path,
            message,
            syntax: true,
        }) => Err(issue(json, IssueCode::MalformedJson, at, &path, message)),
        // As the serde path: a file of another version says so rather than what is wrong.
        Some(_) if probe.is_some() => Err(Issue::at(
            IssueCode::UnknownFormat,
            "format",
            probe.unwrap_or_default(),
        )),
        Some(Bad {
            at, path, message, ..
        }) => Err(issue(json, IssueCode::WrongShape, at, &path, message)),
    }
}

/// An issue with the line and column of byte `at` (serde_json's convention: the column of the
/// offending byte, 1-based; at the end of the text, the column of the last byte).
fn issue(json: &str, code: IssueCode, at: usize, path: &str, found: String) -> Issue {
    let end = (at + 1).min(json.len());
    let before = json.as_bytes().get(..end).unwrap_or_default();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    Issue {
        code,
        path: path.to_string(),
        found,
        line: Some(1 + before.iter().filter(|&&b| b == b'\n').count()),
        column: Some(end - line_start),
    }
}

/// The `format` of a file whose shape is wrong, when it names another version (serde's
/// `FormatProbe`: an object's `format` key, or the single item of an array; not `null`).
fn format_probe(root: &Node) -> Option<String> {
    let node = match &root.v {
        J::Obj(entries, _) => {
            let mut found = entries.iter().filter(|(k, _)| k == "format");
            match (found.next(), found.next()) {
                (Some((_, node)), None) => node.as_ref()?,
                _ => return None,
            }
        }
        J::Arr(items) if items.len() == 1 => items.first()?,
        _ => return None,
    };
    match &node.v {
        J::Null | J::Bad(_) => None,
        J::Str(s) if s == FORMAT_V1 => None,
        J::Str(s) => Some(crate::issue::clip(&quoted(s))),
        // serde reads the probe as a `serde_json::Value`, which fails on what cannot be read.
        _ if !readable(node) => None,
        _ => Some(crate::issue::clip(node.source)),
    }
}

/// Whether a value holds nothing [`J::Bad`] (too deep, out of range, a lone surrogate).
fn readable(node: &Node) -> bool {
    match &node.v {
        J::Bad(_) | J::Obj(_, Some(_)) => false,
        J::Arr(items) => items.iter().all(readable),
        J::Obj(entries, None) => entries.iter().all(|(_, n)| n.iter().all(readable)),
        _ => true,
    }
}

/// A string as JSON writes it.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX.get(c as usize >> 4).copied().unwrap_or('0'));
                out.push(HEX.get(c as usize & 15).copied().unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const HEX: [char; 16] = [
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f',
];

// ---------------------------------------------------------------------------------------------
// JSON text → tree

/// A JSON value, with where it starts and its text.
struct Node<'a> {
    at: usize,
    source: &'a str,
    v: J<'a>,
}

/// The kinds of JSON value. Three problems serde_json reports only when a value is read, not
/// when it skips one (a [`Text`]'s unknown keys), are kept as [`J::Bad`]: a lone UTF-16
/// surrogate in a `\u` escape, a number too large for `f64` (found when it is converted), and
/// nesting deeper than 127.
enum J<'a> {
    Null,
    Bool(bool),
    Num(f64),
    /// A string: a slice of the text when it has no escape.
    Str(Cow<'a, str>),
    Arr(Vec<Node<'a>>),
    /// Entries in file order (each `Some` until a reader takes it), and the position of a key
    /// that is a [`J::Bad`] string, if any.
    Obj(
        Vec<(Cow<'a, str>, Option<Node<'a>>)>,
        Option<(usize, &'static str)>,
    ),
    Bad(&'static str),
    /// The root object's `observations`, already read into the model as the text was parsed
    /// (see [`Parser::observations`]), with the first problem met there.
    Built(Box<(Vec<Observation>, Option<Box<Bad>>)>),
}

/// serde_json's nesting limit: the 128th nested array or object is an error.
const MAX_DEPTH: u32 = crate::limits::MAX_DEPTH;

type Syntax = (usize, String);

struct Parser<'a> {
    text: &'a str,
    at: usize,
    depth: u32,
    number: fn(&str) -> f64,
}

fn syntax<T>(at: usize, message: &str) -> Result<T, Syntax> {
    Err((at, message.to_string()))
}

impl<'a> Parser<'a> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    #[inline]
    fn space(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
        self.peek()
    }

    fn document(&mut self) -> Result<Node<'a>, Syntax> {
        let root = self.value()?;
        match self.space() {
            None => Ok(root),
            Some(_) => syntax(self.at, "trailing characters"),
        }
    }

    fn value(&mut self) -> Result<Node<'a>, Syntax> {
        let start = self.space();
        let at = self.at;
        let v = match start {
            None => return syntax(at, "EOF while parsing a value"),
            Some(b'n') => self.word("null", J::Null)?,
            Some(b't') => self.word("true", J::Bool(true))?,
            Some(b'f') => self.word("false", J::Bool(false))?,
            Some(b'"') => match self.string()? {
                Ok(s) => J::Str(s),
                Err(bad) => J::Bad(bad),
            },
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b'[' | b'{') if self.depth >= MAX_DEPTH => {
                self.skip()?;
                J::Bad("recursion limit exceeded")
            }
            Some(b'[') => {
                self.depth += 1;
                let items = self.array()?;
                self.depth -= 1;
                J::Arr(items)
            }
            Some(b'{') => {
                self.depth += 1;
                let object = self.object()?;
                self.depth -= 1;
                object
            }
            Some(_) => return syntax(at, "expected value"),
        };
        Ok(Node {
            at,
            source: self.text.get(at..self.at).unwrap_or_default(),
            v,
        })
    }

    fn word(&mut self, word: &str, v: J<'a>) -> Result<J<'a>, Syntax> {
        for expected in word.bytes() {
            match self.peek() {
                None => return syntax(self.at, "EOF while parsing a value"),
                Some(b) if b != expected => return syntax(self.at, "expected ident"),
                Some(_) => self.at += 1,
            }
        }
        Ok(v)
    }

    /// At the start of a list (`first`) or after an item: whether another item follows.
    fn more(&mut self, close: u8, first: bool) -> Result<bool, Syntax> {
        match self.space() {
            Some(b) if b == close => {
                self.at += 1;
                Ok(false)
            }
            Some(b',') if !first => {
                self.at += 1;
                match self.space() {
                    Some(b) if b == close => syntax(self.at, "trailing comma"),
                    _ => Ok(true),
                }
            }
            Some(_) if first => Ok(true),
            None if close == b']' => syntax(self.at, "EOF while parsing a list"),
            None => syntax(self.at, "EOF while parsing an object"),
            Some(_) if close == b']' => syntax(self.at, "expected `,` or `]`"),
            Some(_) => syntax(self.at, "expected `,` or `}`"),
        }
    }

    fn array(&mut self) -> Result<Vec<Node<'a>>, Syntax> {
        self.at += 1;
        let mut items = Vec::new();
        let mut first = true;
        while self.more(b']', first)? {
            first = false;
            items.push(self.value()?);
        }
        Ok(items)
    }

    fn object(&mut self) -> Result<J<'a>, Syntax> {
        self.at += 1;
        // Most objects of a file have up to 8 keys (an observation 6 or 7): one allocation each.
        let mut entries = Vec::with_capacity(8);
        let mut bad_key = None;
        let mut first = true;
        let mut streamed = false;
        while self.more(b'}', first)? {
            first = false;
            let key_at = self.at;
            let key = match self.peek() {
                Some(b'"') => self.string()?,
                _ => return syntax(self.at, "key must be a string"),
            };
            let key = key.unwrap_or_else(|bad| {
                bad_key = bad_key.or(Some((key_at, bad)));
                Cow::Borrowed("")
            });
            match self.space() {
                Some(b':') => self.at += 1,
                None => return syntax(self.at, "EOF while parsing an object"),
                Some(_) => return syntax(self.at, "expected `:`"),
            }
            // The root object's first `observations` list is read as it comes.
            let value = if self.depth == 1
                && !streamed
                && key == "observations"
                && self.space() == Some(b'[')
            {
                streamed = true;
                self.observations()?
            } else {
                self.value()?
            };
            entries.push((key, Some(value)));
        }
        Ok(J::Obj(entries, bad_key))
    }

    /// The root object's `observations`, each item turned into an [`Observation`] as soon as it
    /// is read and its tree dropped, so the file's largest list never stands as a tree (the
    /// national file's 75,000 observations were most of the reader's allocations and memory).
    /// Its first problem is kept with the list and counted when the dataset reads the field,
    /// where reading the tree would have met it.
    fn observations(&mut self) -> Result<Node<'a>, Syntax> {
        let at = self.at;
        self.at += 1;
        self.depth += 1;
        let first = First::default();
        let root = Path::Root(&first);
        let key = Path::Key(&root, "observations");
        // Room for as many observations as the rest of the text could hold at 160 bytes each (a
        // pretty-printed one takes about 220): the list is not copied as it grows, and the room
        // left over is given back at the end.
        let mut list = Vec::with_capacity(self.text.len().saturating_sub(self.at) / 160);
        let mut start = true;
        while self.more(b']', start)? {
            start = false;
            let item = self.value()?;
            list.push(observation(item, &Path::Index(&key, list.len())));
        }
        self.depth -= 1;
        list.shrink_to_fit();
        Ok(Node {
            at,
            source: self.text.get(at..self.at).unwrap_or_default(),
            v: J::Built(Box::new((list, first.take()))),
        })
    }

    /// A string from its opening quote; `Err` inside `Ok` for a lone surrogate.
    fn string(&mut self) -> Result<Result<Cow<'a, str>, &'static str>, Syntax> {
        self.at += 1;
        let mut out = String::new();
        let mut lone = false;
        let mut escaped_any = false;
        loop {
            let start = self.at;
            let rest = self.text.as_bytes().get(start..).unwrap_or_default();
            self.at += rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            let run = self.text.get(start..self.at).unwrap_or_default();
            match self.peek() {
                // A string without escapes is a slice of the text (no copy).
                Some(b'"') if !escaped_any => {
                    self.at += 1;
                    return Ok(Ok(Cow::Borrowed(run)));
                }
                None => return syntax(self.at, "EOF while parsing a string"),
                Some(b'"') => {
                    out.push_str(run);
                    self.at += 1;
                    return Ok(if lone {
                        Err("lone leading surrogate in hex escape")
                    } else {
                        Ok(Cow::Owned(out))
                    });
                }
                Some(b'\\') => {
                    out.push_str(run);
                    escaped_any = true;
                    self.at += 1;
                    let escaped = self.peek();
                    self.at += 1;
                    out.push(match escaped {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => match self.unicode()? {
                            Some(c) => c,
                            None => {
                                lone = true;
                                '\u{fffd}'
                            }
                        },
                        None => return syntax(self.at - 1, "EOF while parsing a string"),
                        Some(_) => return syntax(self.at - 1, "invalid escape"),
                    });
                }
                Some(_) => {
                    return syntax(
                        self.at,
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    )
                }
            }
        }
    }

    /// After `\u`: the character, or `None` for a lone surrogate (serde_json's rules: a leading
    /// surrogate must be followed by `\u` and a trailing one).
    fn unicode(&mut self) -> Result<Option<char>, Syntax> {
        let high = self.hex4()?;
        if !(0xD800..0xE000).contains(&high) {
            return Ok(char::from_u32(high));
        }
        if high >= 0xDC00 || self.text.as_bytes().get(self.at..self.at + 2) != Some(b"\\u") {
            return Ok(None);
        }
        self.at += 2;
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            return Ok(None);
        }
        Ok(char::from_u32(
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00),
        ))
    }

    fn hex4(&mut self) -> Result<u32, Syntax> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return syntax(self.at, "EOF while parsing a string"),
                Some(b) => (b as char).to_digit(16),
            };
            match digit {
                Some(d) => n = n * 16 + d,
                None => return syntax(self.at, "invalid escape"),
            }
            self.at += 1;
        }
        Ok(n)
    }

    /// JSON's number syntax (no leading zeros, digits after `.` and `e`); the value is read later.
    fn number(&mut self) -> Result<J<'a>, Syntax> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return syntax(self.at, "invalid number");
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            None => return syntax(self.at, "EOF while parsing a value"),
            Some(_) => return syntax(self.at, "invalid number"),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.need_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.need_digits()?;
        }
        let text = self.text.get(start..self.at).unwrap_or_default();
        // Most figures are exact on the fast path: no call to the reader's conversion.
        let value = super::fast::fast_f64(text).unwrap_or_else(|| (self.number)(text));
        Ok(if value.is_infinite() {
            J::Bad(crate::parse::OUT_OF_RANGE)
        } else {
            J::Num(value)
        })
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
    }

    fn need_digits(&mut self) -> Result<(), Syntax> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            None => syntax(self.at, "EOF while parsing a value"),
            Some(_) => syntax(self.at, "invalid number"),
        }
    }

    /// Skips a value nested too deep to keep, checking its syntax as serde_json does when it
    /// skips a value (without recursion: `closers` holds what each open bracket waits for).
    fn skip(&mut self) -> Result<(), Syntax> {
        let mut closers: Vec<u8> = Vec::new();
        loop {
            // A value.
            match self.space() {
                Some(b'[') => {
                    self.at += 1;
                    closers.push(b']');
                    if self.space() == Some(b']') {
                        self.at += 1;
                        closers.pop();
                    } else {
                        continue;
                    }
                }
                Some(b'{') => {
                    self.at += 1;
                    closers.push(b'}');
                    if self.space() == Some(b'}') {
                        self.at += 1;
                        closers.pop();
                    } else {
                        self.key()?;
                        continue;
                    }
                }
                _ => {
                    self.value()?;
                }
            }
            // What follows it: a comma and the next value, or closing brackets.
            loop {
                let Some(&close) = closers.last() else {
                    return Ok(());
                };
                if self.more(close, false)? {
                    if close == b'}' {
                        self.key()?;
                    }
                    break;
                }
                closers.pop();
            }
        }
    }

    /// A key and its colon, while skipping.
    fn key(&mut self) -> Result<(), Syntax> {
        match self.space() {
            Some(b'"') => {
                let _ = self.string()?;
            }
            None => return syntax(self.at, "EOF while parsing an object"),
            Some(_) => return syntax(self.at, "key must be a string"),
        }
        match self.space() {
            Some(b':') => {
                self.at += 1;
                Ok(())
            }
            None => syntax(self.at, "EOF while parsing an object"),
            Some(_) => syntax(self.at, "expected `:`"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tree → model
//
// Each reader returns its value: after a problem it goes on with a neutral value (the problem is
// kept where the path starts), so that no reader returns early from a half-built struct. Early
// returns are what make derived deserializers large: each one drops what was built so far.

/// The first problem met while reading the tree.
struct Bad {
    at: usize,
    path: String,
    message: String,
    /// A syntax problem serde_json finds only when it reads a value ([`J::Bad`]).
    syntax: bool,
}

/// Where the first problem is kept.
type First = Cell<Option<Box<Bad>>>;

/// A JSON path being read, kept as a chain on the stack and written out only for a problem.
#[derive(Clone, Copy)]
enum Path<'p> {
    Root(&'p First),
    Key(&'p Path<'p>, &'static str),
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    /// serde_path_to_error's form: `entities[1].kind`, empty for the root.
    fn write(&self, out: &mut String) {
        match self {
            Path::Root(_) => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !matches!(parent, Path::Root(_)) {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, i) => {
                parent.write(out);
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }

    /// Keeps `bad` unless a problem was met before.
    #[cold]
    #[inline(never)]
    fn keep(&self, bad: Bad) {
        match self {
            Path::Root(first) => {
                let kept = first.take();
                first.set(kept.or_else(|| Some(Box::new(bad))));
            }
            Path::Key(parent, _) | Path::Index(parent, _) => parent.keep(bad),
        }
    }

    /// A shape problem here.
    #[cold]
    #[inline(never)]
    fn shape(&self, at: usize, message: String) {
        let mut path = String::new();
        self.write(&mut path);
        self.keep(Bad {
            at,
            path,
            message,
            syntax: false,
        });
    }

    /// A syntax problem found on reading a value.
    #[cold]
    #[inline(never)]
    fn syntax(&self, at: usize, message: &str) {
        // As the serde path: a number too large for `f64` is named by its path.
        let mut path = String::new();
        if message == crate::parse::OUT_OF_RANGE {
            self.write(&mut path);
        }
        self.keep(Bad {
            at,
            path,
            message: message.to_string(),
            syntax: true,
        });
    }

    /// "invalid type: a string, expected f64", for a value of the wrong kind.
    #[cold]
    #[inline(never)]
    fn wrong(&self, node: &Node, expected: &str) {
        let found = match &node.v {
            J::Bad(message) => return self.syntax(node.at, message),
            J::Null => "null",
            J::Bool(_) => "a boolean",
            J::Num(_) => "a number",
            J::Str(_) => "a string",
            J::Arr(_) | J::Built(_) => "a sequence",
            J::Obj(..) => "a map",
        };
        self.shape(
            node.at,
            format!("invalid type: {found}, expected {expected}"),
        );
    }
}

/// What a reader gives after a problem (the result is not used then).
trait Fallback {
    fn fallback() -> Self;
}

macro_rules! fallback_default {
    ($($t:ty),*) => {
        $(impl Fallback for $t {
            fn fallback() -> Self {
                <$t>::default()
            }
        })*
    };
}

fallback_default!(
    String,
    f64,
    bool,
    u32,
    i32,
    Text,
    Rule,
    Method,
    Direction,
    MeasureField
);
fallback_default!(StatedBudgetRatios);

impl<T> Fallback for Vec<T> {
    fn fallback() -> Self {
        Vec::new()
    }
}

impl Fallback for SourceRef {
    fn fallback() -> Self {
        SourceRef {
            id: String::new(),
            section: String::new(),
        }
    }
}

impl Fallback for Meta {
    fn fallback() -> Self {
        Meta {
            title: Text::default(),
            publisher: Text::default(),
            published: String::new(),
            as_of: String::new(),
            version: String::new(),
            licence: String::new(),
            province: String::new(),
            notes: Vec::new(),
        }
    }
}

macro_rules! fallback_variant {
    ($($t:ty = $v:expr),*) => {
        $(impl Fallback for $t {
            fn fallback() -> Self {
                $v
            }
        })*
    };
}

fallback_variant!(
    EntityKind = EntityKind::Province,
    Comparator = Comparator::Ge,
    MoneyUnit = MoneyUnit::MillionVnd,
    BudgetCategory = BudgetCategory::Total,
    TaskStatus = TaskStatus::Done
);

/// A reader of one type.
type Reader<'a, T> = fn(Node<'a>, &Path) -> T;

/// The fields of a struct being read: an object's entries, or an array's items in field order.
struct Fields<'a, 'p> {
    at: usize,
    path: &'p Path<'p>,
    /// Entries not yet taken; keys are empty for an array.
    entries: Vec<(Cow<'a, str>, Option<Node<'a>>)>,
    /// Whether the struct is written as an array.
    seq: bool,
    /// The next item of an array; of an object, the entry after the one taken last.
    next: usize,
    /// The struct's fields, in order (an object's other keys are unknown fields).
    fields: &'static [&'static str],
    /// Whether unknown fields are errors (serde's `deny_unknown_fields`: all but [`Text`]).
    deny: bool,
    /// Whether no key is given twice: then a field is the only entry with its key, looked for
    /// first right after the entry taken last (files list fields in their order, so most
    /// fields are found at once instead of by a scan of every entry).
    unique: bool,
}

impl<'a, 'p> Fields<'a, 'p> {
    /// The fields of `node`; none (and a problem kept) when it is neither an object nor an array.
    #[inline(never)]
    fn new(
        node: Node<'a>,
        path: &'p Path<'p>,
        fields: &'static [&'static str],
        deny: bool,
    ) -> Fields<'a, 'p> {
        let at = node.at;
        let (entries, seq) = match node.v {
            J::Obj(entries, bad_key) => {
                if let Some((at, bad)) = bad_key {
                    path.syntax(at, bad);
                }
                (entries, false)
            }
            J::Arr(items) => (
                items
                    .into_iter()
                    .map(|v| (Cow::Borrowed(""), Some(v)))
                    .collect(),
                true,
            ),
            v => {
                path.wrong(&Node { v, ..node }, "a struct");
                (Vec::new(), false)
            }
        };
        let unique = !seq && unique_keys(&entries);
        Fields {
            at,
            path,
            entries,
            seq,
            next: 0,
            fields,
            deny,
            unique,
        }
    }

    /// The value of field `key`, if present, and its path; a field given twice is a problem.
    /// Fields must be asked for in their declaration order (the order of an array's items).
    #[inline(never)]
    fn take(&mut self, key: &'static str) -> Option<(Node<'a>, Path<'p>)> {
        debug_assert!(
            self.fields.contains(&key),
            "{key} is not in {:?}",
            self.fields
        );
        if self.seq {
            let i = self.next;
            self.next += 1;
            let item = self.entries.get_mut(i).and_then(|(_, v)| v.take());
            return item.map(|node| (node, Path::Index(self.path, i)));
        }
        if self.unique {
            let at = match self.entries.get(self.next) {
                Some((k, _)) if k == key => Some(self.next),
                _ => self.entries.iter().position(|(k, _)| k == key),
            }?;
            self.next = at + 1;
            let node = self.entries.get_mut(at).and_then(|(_, v)| v.take());
            return node.map(|node| (node, Path::Key(self.path, key)));
        }
        let mut found: Option<Node> = None;
        for (k, v) in &mut self.entries {
            if k == key {
                match (&found, v.take()) {
                    (Some(first), _) => {
                        self.path
                            .shape(first.at, format!("duplicate field `{key}`"));
                    }
                    (None, node) => found = node,
                }
            }
        }
        found.map(|node| (node, Path::Key(self.path, key)))
    }

    /// A required field.
    #[inline(never)]
    fn req<T: Fallback>(&mut self, key: &'static str, read: Reader<'a, T>) -> T {
        match self.take(key) {
            Some((node, path)) => read(node, &path),
            None => {
                self.missing(key);
                T::fallback()
            }
        }
    }

    /// A field with a default value.
    #[inline(never)]
    fn or<T>(&mut self, key: &'static str, read: Reader<'a, T>, default: T) -> T {
        match self.take(key) {
            Some((node, path)) => read(node, &path),
            None => default,
        }
    }

    /// A field whose default is `T::default()`.
    fn def<T: Default>(&mut self, key: &'static str, read: Reader<'a, T>) -> T {
        self.or(key, read, T::default())
    }

    /// An optional field: absent or `null` is `None`.
    #[inline(never)]
    fn opt<T>(&mut self, key: &'static str, read: Reader<'a, T>) -> Option<T> {
        match self.take(key) {
            Some((Node { v: J::Null, .. }, _)) | None => None,
            Some((node, path)) => Some(read(node, &path)),
        }
    }

    #[cold]
    #[inline(never)]
    fn missing(&self, key: &str) {
        // serde meets an unknown key before it sees, at the end of the object, what is missing.
        self.unknown(|k| !self.fields.contains(&k));
        self.path.shape(self.at, format!("missing field `{key}`"));
    }

    /// Keeps the first entry left that is an unknown field (`unknown(key)`), if unknown fields
    /// are errors.
    fn unknown(&self, unknown: impl Fn(&str) -> bool) {
        if !self.deny || self.seq {
            return;
        }
        let left = self.entries.iter().find(|(k, v)| v.is_some() && unknown(k));
        if let Some((key, Some(node))) = left {
            // serde_path_to_error's path of an unknown field ends with its key.
            let mut path = String::new();
            self.path.write(&mut path);
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(key);
            self.path.keep(Bad {
                at: node.at,
                path,
                message: format!(
                    "unknown field `{key}`, expected one of `{}`",
                    crate::format::join(self.fields, "`, `")
                ),
                syntax: false,
            });
        }
    }

    /// Every field was asked for: entries left over are unknown fields (items, for an array).
    #[inline(never)]
    fn end(self) {
        if let Some((_, Some(node))) = self.entries.get(self.next).filter(|_| self.seq) {
            self.path.shape(
                node.at,
                format!("invalid length, expected {} elements", self.next),
            );
        }
        self.unknown(|_| true);
    }
}

/// Whether an object of at most 16 entries gives each key once (larger ones are not checked).
fn unique_keys(entries: &[(Cow<str>, Option<Node>)]) -> bool {
    entries.len() <= 16
        && entries.iter().enumerate().all(|(i, (k, _))| {
            entries
                .get(..i)
                .is_some_and(|before| before.iter().all(|(other, _)| other != k))
        })
}

fn string(node: Node, path: &Path) -> String {
    match node.v {
        J::Str(s) => s.into_owned(),
        _ => {
            path.wrong(&node, "a string");
            String::new()
        }
    }
}

fn boolean(node: Node, path: &Path) -> bool {
    match node.v {
        J::Bool(b) => b,
        _ => {
            path.wrong(&node, "a boolean");
            false
        }
    }
}

fn number(node: Node, path: &Path) -> f64 {
    match node.v {
        J::Num(f) => f,
        _ => {
            path.wrong(&node, "f64");
            0.0
        }
    }
}

/// An integer: written as an integer (no `.`, no exponent, not `-0`), within `i64`.
#[inline(never)]
fn int(node: Node, path: &Path) -> Option<i64> {
    match node.v {
        J::Num(_)
            if node.source.bytes().all(|b| b == b'-' || b.is_ascii_digit())
                && node.source != "-0" =>
        {
            node.source.parse::<i64>().ok()
        }
        _ => {
            path.wrong(&node, "an integer");
            None
        }
    }
    .or_else(|| {
        path.shape(node.at, format!("invalid value: integer `{}`", node.source));
        None
    })
}

/// An integer field, within `T`'s range.
fn integer<T: TryFrom<i64> + Fallback>(node: Node, path: &Path) -> T {
    let at = node.at;
    match int(node, path).map(T::try_from) {
        Some(Ok(v)) => v,
        Some(Err(_)) => {
            path.shape(at, "invalid value: integer out of range".to_string());
            T::fallback()
        }
        None => T::fallback(),
    }
}

/// Calls `each` on the items of an array, with their paths.
#[inline(never)]
fn items<'a>(node: Node<'a>, path: &Path, each: &mut dyn FnMut(Node<'a>, &Path)) {
    match node.v {
        J::Arr(items) => {
            for (i, item) in items.into_iter().enumerate() {
                each(item, &Path::Index(path, i));
            }
        }
        _ => path.wrong(&node, "a sequence"),
    }
}

fn list<'a, T>(node: Node<'a>, path: &Path, read: Reader<'a, T>) -> Vec<T> {
    let mut out = Vec::new();
    items(node, path, &mut |n, p| out.push(read(n, p)));
    out
}

/// A unit variant, `"name"` or `{"name": null}`: its place in `names`.
#[inline(never)]
fn variant_index(node: Node, path: &Path, names: &[&'static str]) -> Option<usize> {
    let (name, unit) = match &node.v {
        J::Str(s) => (&**s, None),
        J::Obj(entries, None) => match entries.as_slice() {
            [(name, value)] => (&**name, value.as_ref()),
            _ => {
                path.wrong(&node, "a variant name");
                return None;
            }
        },
        _ => {
            path.wrong(&node, "a variant name");
            return None;
        }
    };
    let Some(i) = names.iter().position(|n| *n == name) else {
        path.shape(
            node.at,
            format!(
                "unknown variant `{name}`, expected one of `{}`",
                crate::format::join(names, "`, `")
            ),
        );
        return None;
    };
    match (unit, names.get(i)) {
        (Some(value), Some(name)) if !matches!(value.v, J::Null) => {
            Path::Key(path, name).wrong(value, "unit");
            None
        }
        _ => Some(i),
    }
}

fn variant<T: Copy + Fallback>(node: Node, path: &Path, names: &[&'static str], all: &[T]) -> T {
    variant_index(node, path, names)
        .and_then(|i| all.get(i).copied())
        .unwrap_or_else(T::fallback)
}

/// Checks what a `published` rule ignores as serde does when it buffers it: no [`J::Bad`] inside.
fn check(node: &Node, path: &Path) {
    match &node.v {
        J::Bad(message) => path.syntax(node.at, message),
        J::Arr(items) => items.iter().for_each(|n| check(n, path)),
        J::Obj(entries, bad_key) => {
            if let Some((at, bad)) = bad_key {
                path.syntax(*at, bad);
            }
            entries
                .iter()
                .filter_map(|(_, n)| n.as_ref())
                .for_each(|n| check(n, path));
        }
        _ => {}
    }
}

fn entity_kind(node: Node, path: &Path) -> EntityKind {
    use EntityKind as K;
    let names = [
        "province",
        "peer_province",
        "agency",
        "locality",
        "group",
        "external",
    ];
    let all = [
        K::Province,
        K::PeerProvince,
        K::Agency,
        K::Locality,
        K::Group,
        K::External,
    ];
    variant(node, path, &names, &all)
}

fn method(node: Node, path: &Path) -> Method {
    variant(
        node,
        path,
        &["sum", "composite"],
        &[Method::Sum, Method::Composite],
    )
}

fn direction(node: Node, path: &Path) -> Direction {
    let all = [Direction::Higher, Direction::Lower];
    variant(node, path, &["higher", "lower"], &all)
}

fn comparator(node: Node, path: &Path) -> Comparator {
    use Comparator as C;
    let names = ["ge", "gt", "le", "lt", "rank_top", "range", "qualitative"];
    let all = [
        C::Ge,
        C::Gt,
        C::Le,
        C::Lt,
        C::RankTop,
        C::Range,
        C::Qualitative,
    ];
    variant(node, path, &names, &all)
}

fn measure_field(node: Node, path: &Path) -> MeasureField {
    use MeasureField as F;
    let all = [F::Value, F::Points, F::Rank];
    variant(node, path, &["value", "points", "rank"], &all)
}

fn money_unit(node: Node, path: &Path) -> MoneyUnit {
    let all = [MoneyUnit::MillionVnd, MoneyUnit::BillionVnd];
    variant(node, path, &["million_vnd", "billion_vnd"], &all)
}

fn budget_category(node: Node, path: &Path) -> BudgetCategory {
    use BudgetCategory as B;
    let all = [B::Total, B::Investment, B::Recurrent];
    variant(node, path, &["total", "investment", "recurrent"], &all)
}

fn task_status(node: Node, path: &Path) -> TaskStatus {
    use TaskStatus as S;
    let names = [
        "done",
        "on_track",
        "in_progress",
        "late",
        "not_started",
        "suspended",
        "waiting_on_guidance",
    ];
    let all = [
        S::Done,
        S::OnTrack,
        S::InProgress,
        S::Late,
        S::NotStarted,
        S::Suspended,
        S::WaitingOnGuidance,
    ];
    variant(node, path, &names, &all)
}

fn strings(node: Node, path: &Path) -> Vec<String> {
    list(node, path, string)
}

fn text(node: Node, path: &Path) -> Text {
    // serde ignores the unknown keys of a Text (no `deny_unknown_fields`).
    let mut f = Fields::new(node, path, &["vi", "en"], false);
    let text = Text {
        vi: f.req("vi", string),
        en: f.def("en", string),
    };
    f.end();
    text
}

fn source_ref(node: Node, path: &Path) -> SourceRef {
    let mut f = Fields::new(node, path, &["id", "section"], true);
    let r = SourceRef {
        id: f.req("id", string),
        section: f.def("section", string),
    };
    f.end();
    r
}

fn dataset(node: Node, path: &Path) -> Dataset {
    let fields = &[
        "format",
        "meta",
        "sources",
        "entities",
        "frameworks",
        "metrics",
        "observations",
        "targets",
        "budget",
        "disbursement",
        "tasks",
        "figures",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let d = Dataset {
        format: f.req("format", string),
        meta: f.req("meta", meta),
        sources: f.def("sources", |n, p| list(n, p, source)),
        entities: f.def("entities", |n, p| list(n, p, entity)),
        frameworks: f.def("frameworks", |n, p| list(n, p, framework)),
        metrics: f.def("metrics", |n, p| list(n, p, metric)),
        observations: f.def("observations", observations),
        targets: f.def("targets", |n, p| list(n, p, target)),
        budget: f.def("budget", |n, p| list(n, p, budget_line)),
        disbursement: f.def("disbursement", |n, p| list(n, p, disbursement)),
        tasks: f.def("tasks", |n, p| list(n, p, task)),
        figures: f.def("figures", |n, p| list(n, p, figure)),
    };
    f.end();
    d
}

fn meta(node: Node, path: &Path) -> Meta {
    let fields = &[
        "title",
        "publisher",
        "published",
        "as_of",
        "version",
        "licence",
        "province",
        "notes",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let m = Meta {
        title: f.req("title", text),
        publisher: f.req("publisher", text),
        published: f.req("published", string),
        as_of: f.req("as_of", string),
        version: f.def("version", string),
        licence: f.def("licence", string),
        province: f.req("province", string),
        notes: f.def("notes", |n, p| list(n, p, text)),
    };
    f.end();
    m
}

fn source(node: Node, path: &Path) -> Source {
    let fields = &["id", "number", "date", "issuer", "title", "note"];
    let mut f = Fields::new(node, path, fields, true);
    let s = Source {
        id: f.req("id", string),
        number: f.req("number", string),
        date: f.def("date", string),
        issuer: f.req("issuer", text),
        title: f.req("title", text),
        note: f.opt("note", text),
    };
    f.end();
    s
}

fn entity(node: Node, path: &Path) -> Entity {
    let mut f = Fields::new(node, path, &["id", "kind", "name", "short"], true);
    let e = Entity {
        id: f.req("id", string),
        kind: f.req("kind", entity_kind),
        name: f.req("name", text),
        short: f.opt("short", text),
    };
    f.end();
    e
}

fn framework(node: Node, path: &Path) -> Framework {
    let fields = &[
        "id",
        "name",
        "index_scale",
        "indicators",
        "source",
        "method",
        "min_coverage",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let fw = Framework {
        id: f.req("id", string),
        name: f.req("name", text),
        index_scale: f.or("index_scale", number, 1.0),
        indicators: f.req("indicators", |n, p| list(n, p, indicator)),
        source: f.opt("source", source_ref),
        method: f.def("method", method),
        min_coverage: f.opt("min_coverage", number),
    };
    f.end();
    fw
}

fn indicator(node: Node, path: &Path) -> Indicator {
    let fields = &[
        "code",
        "parent",
        "name",
        "max",
        "responsible",
        "coordinating",
        "unit",
        "direction",
        "rule",
        "feasibility",
        "weight",
        "source",
        "note",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let i = Indicator {
        code: f.req("code", string),
        parent: f.opt("parent", string),
        name: f.req("name", text),
        max: f.req("max", number),
        responsible: f.opt("responsible", string),
        coordinating: f.def("coordinating", strings),
        unit: f.opt("unit", string),
        direction: f.def("direction", direction),
        rule: f.def("rule", rule),
        feasibility: f.opt("feasibility", number),
        weight: f.opt("weight", number),
        source: f.opt("source", source_ref),
        note: f.opt("note", text),
    };
    f.end();
    i
}

/// serde's internally tagged enum: `kind` names the variant (in an array, the first item).
fn rule(node: Node, path: &Path) -> Rule {
    // serde reads the tag first (with other keys buffered), then the variant's fields.
    let mut f = Fields::new(node, path, &["kind"], false);
    let kind = f.req("kind", string);
    f.deny = true;
    let rule = match kind.as_str() {
        "published" => {
            // A unit variant: serde buffers the other keys, and ignores them.
            if !f.seq {
                for (_, node) in &f.entries {
                    if let Some(node) = node {
                        check(node, path);
                    }
                }
                return Rule::Published;
            }
            Rule::Published
        }
        "linear" => {
            f.fields = &["threshold", "zero_at", "illustrative", "source"];
            Rule::Linear {
                threshold: f.req("threshold", number),
                zero_at: f.def("zero_at", number),
                illustrative: f.def("illustrative", boolean),
                source: f.opt("source", source_ref),
            }
        }
        "steps" => {
            f.fields = &["steps", "illustrative"];
            Rule::Steps {
                steps: f.req("steps", |n, p| list(n, p, step)),
                illustrative: f.def("illustrative", boolean),
            }
        }
        "categorical" => {
            f.fields = &["categories", "illustrative"];
            Rule::Categorical {
                categories: f.req("categories", |n, p| list(n, p, category)),
                illustrative: f.def("illustrative", boolean),
            }
        }
        _ => {
            // A missing or mistyped `kind` is already kept; this is an unknown one.
            Path::Key(path, "kind").shape(
                f.at,
                format!(
                    "unknown variant `{kind}`, expected one of `published`, `linear`, `steps`, \
                     `categorical`"
                ),
            );
            return Rule::Published;
        }
    };
    f.end();
    rule
}

fn step(node: Node, path: &Path) -> Step {
    let mut f = Fields::new(node, path, &["at", "points"], true);
    let s = Step {
        at: f.req("at", number),
        points: f.req("points", number),
    };
    f.end();
    s
}

fn category(node: Node, path: &Path) -> Category {
    let mut f = Fields::new(node, path, &["value", "points", "name"], true);
    let c = Category {
        value: f.req("value", string),
        points: f.req("points", number),
        name: f.opt("name", text),
    };
    f.end();
    c
}

fn metric(node: Node, path: &Path) -> Metric {
    let mut f = Fields::new(node, path, &["code", "name", "unit", "direction"], true);
    let m = Metric {
        code: f.req("code", string),
        name: f.req("name", text),
        unit: f.req("unit", string),
        direction: f.def("direction", direction),
    };
    f.end();
    m
}

/// serde's untagged `Value`: a number, else a string.
fn value(node: Node, path: &Path) -> Value {
    match node.v {
        J::Num(f) => Value::Number(f),
        J::Str(s) => Value::Category(s.into_owned()),
        J::Bad(message) => {
            path.syntax(node.at, message);
            Value::Number(0.0)
        }
        _ => {
            check(&node, path);
            path.shape(
                node.at,
                "data did not match any variant of untagged enum Value".to_string(),
            );
            Value::Number(0.0)
        }
    }
}

/// The dataset's observations: read with the text (the root object's list), or from the tree.
fn observations(node: Node, path: &Path) -> Vec<Observation> {
    match node.v {
        J::Built(built) => {
            let (list, bad) = *built;
            if let Some(bad) = bad {
                path.keep(*bad);
            }
            list
        }
        v => list(Node { v, ..node }, path, observation),
    }
}

fn observation(node: Node, path: &Path) -> Observation {
    let fields = &[
        "code",
        "entity",
        "period",
        "value",
        "points",
        "stated_max",
        "rank",
        "rank_of",
        "source",
        "illustrative",
        "note",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let o = Observation {
        code: f.req("code", string),
        entity: f.req("entity", string),
        period: f.req("period", string),
        value: f.opt("value", value),
        points: f.opt("points", number),
        stated_max: f.opt("stated_max", number),
        rank: f.opt("rank", integer),
        rank_of: f.opt("rank_of", integer),
        source: f.req("source", source_ref),
        illustrative: f.def("illustrative", boolean),
        note: f.opt("note", text),
    };
    f.end();
    o
}

fn baseline(node: Node, path: &Path) -> Baseline {
    let fields = &["year", "value", "source", "illustrative"];
    let mut f = Fields::new(node, path, fields, true);
    let b = Baseline {
        year: f.req("year", integer),
        value: f.req("value", number),
        source: f.opt("source", source_ref),
        illustrative: f.def("illustrative", boolean),
    };
    f.end();
    b
}

fn target(node: Node, path: &Path) -> Target {
    let fields = &[
        "id",
        "number",
        "name",
        "unit",
        "comparator",
        "value",
        "value_max",
        "wording",
        "deadline",
        "baseline",
        "measure",
        "lead",
        "source",
        "note",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let t = Target {
        id: f.req("id", string),
        number: f.def("number", string),
        name: f.req("name", text),
        unit: f.req("unit", string),
        comparator: f.req("comparator", comparator),
        value: f.opt("value", number),
        value_max: f.opt("value_max", number),
        wording: f.opt("wording", text),
        deadline: f.req("deadline", integer),
        baseline: f.opt("baseline", baseline),
        measure: f.opt("measure", measure),
        lead: f.def("lead", strings),
        source: f.req("source", source_ref),
        note: f.opt("note", text),
    };
    f.end();
    t
}

fn measure(node: Node, path: &Path) -> Measure {
    let mut f = Fields::new(node, path, &["code", "field"], true);
    let m = Measure {
        code: f.req("code", string),
        field: f.def("field", measure_field),
    };
    f.end();
    m
}

fn stated(node: Node, path: &Path) -> StatedBudgetRatios {
    let fields = &["share_of_budget_pct", "disbursement_pct", "allocation_pct"];
    let mut f = Fields::new(node, path, fields, true);
    let s = StatedBudgetRatios {
        share_of_budget_pct: f.opt("share_of_budget_pct", number),
        disbursement_pct: f.opt("disbursement_pct", number),
        allocation_pct: f.opt("allocation_pct", number),
    };
    f.end();
    s
}

fn budget_line(node: Node, path: &Path) -> BudgetLine {
    let fields = &[
        "id",
        "period",
        "category",
        "recipient",
        "unit",
        "planned",
        "allocated",
        "disbursed",
        "budget_total",
        "budget_total_label",
        "stated",
        "source",
        "illustrative",
        "note",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let b = BudgetLine {
        id: f.req("id", string),
        period: f.req("period", string),
        category: f.req("category", budget_category),
        recipient: f.opt("recipient", string),
        unit: f.req("unit", money_unit),
        planned: f.opt("planned", number),
        allocated: f.opt("allocated", number),
        disbursed: f.opt("disbursed", number),
        budget_total: f.opt("budget_total", number),
        budget_total_label: f.opt("budget_total_label", text),
        stated: f.def("stated", stated),
        source: f.req("source", source_ref),
        illustrative: f.def("illustrative", boolean),
        note: f.opt("note", text),
    };
    f.end();
    b
}

fn disbursement(node: Node, path: &Path) -> MonthlyDisbursement {
    let fields = &[
        "line",
        "month",
        "planned_cumulative",
        "disbursed_cumulative",
        "source",
        "illustrative",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let d = MonthlyDisbursement {
        line: f.req("line", string),
        month: f.req("month", integer),
        planned_cumulative: f.opt("planned_cumulative", number),
        disbursed_cumulative: f.opt("disbursed_cumulative", number),
        source: f.req("source", source_ref),
        illustrative: f.def("illustrative", boolean),
    };
    f.end();
    d
}

fn task(node: Node, path: &Path) -> Task {
    let fields = &[
        "id",
        "number",
        "group",
        "title",
        "lead",
        "coordinators",
        "deadline",
        "status",
        "output",
        "note",
        "source",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let t = Task {
        id: f.req("id", string),
        number: f.def("number", string),
        group: f.opt("group", text),
        title: f.req("title", text),
        lead: f.req("lead", strings),
        coordinators: f.def("coordinators", strings),
        deadline: f.def("deadline", string),
        status: f.opt("status", task_status),
        output: f.opt("output", text),
        note: f.opt("note", text),
        source: f.req("source", source_ref),
    };
    f.end();
    t
}

fn part(node: Node, path: &Path) -> Part {
    let mut f = Fields::new(node, path, &["name", "value"], true);
    let p = Part {
        name: f.req("name", text),
        value: f.req("value", number),
    };
    f.end();
    p
}

fn ratio(node: Node, path: &Path) -> Ratio {
    let fields = &["numerator", "denominator", "scale"];
    let mut f = Fields::new(node, path, fields, true);
    let r = Ratio {
        numerator: f.req("numerator", string),
        denominator: f.req("denominator", string),
        scale: f.or("scale", number, 100.0),
    };
    f.end();
    r
}

fn figure(node: Node, path: &Path) -> Figure {
    let fields = &[
        "id",
        "name",
        "value",
        "unit",
        "period",
        "parts",
        "parts_exhaustive",
        "ratio",
        "also_stated",
        "source",
        "illustrative",
        "note",
    ];
    let mut f = Fields::new(node, path, fields, true);
    let fig = Figure {
        id: f.req("id", string),
        name: f.req("name", text),
        value: f.req("value", number),
        unit: f.req("unit", string),
        period: f.def("period", string),
        parts: f.def("parts", |n, p| list(n, p, part)),
        parts_exhaustive: f.or("parts_exhaustive", boolean, true),
        ratio: f.opt("ratio", ratio),
        also_stated: f.def("also_stated", |n, p| list(n, p, also_stated)),
        source: f.req("source", source_ref),
        illustrative: f.def("illustrative", boolean),
        note: f.opt("note", text),
    };
    f.end();
    fig
}

fn also_stated(node: Node, path: &Path) -> AlsoStated {
    let mut f = Fields::new(node, path, &["value", "source"], true);
    let a = AlsoStated {
        value: f.req("value", number),
        source: f.req("source", source_ref),
    };
    f.end();
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_name_line_and_column() {
        let issue = parse("{\n  \"format\": \"chiso/1\",\n  oops\n}").unwrap_err();
        assert_eq!(issue.code, IssueCode::MalformedJson);
        assert_eq!((issue.line, issue.column), (Some(3), Some(3)));
    }

    #[test]
    fn paths_are_written_as_serde_path_to_error_does() {
        let first = First::default();
        let root = Path::Root(&first);
        let inner = Path::Key(&root, "entities");
        let item = Path::Index(&inner, 1);
        let mut out = String::new();
        Path::Key(&item, "kind").write(&mut out);
        assert_eq!(out, "entities[1].kind");
    }

    #[test]
    fn strings_are_quoted_as_json_does() {
        assert_eq!(quoted("a\"b\\\n\u{1}"), r#""a\"b\\\n\u0001""#);
    }
}
