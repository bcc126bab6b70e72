//! Short import names for the built widget: wasm-bindgen names each JS function the wasm imports
//! `__wbg_<method>_<16 hex digits>` under the module `./chiso_widget_bg.js`, and writes every
//! name twice (the wasm's import section, the JS glue's import object). The hex digits do not
//! compress: about 160 imports cost 2 KB of gzip in each file. Here each import gets a short name
//! (`a`, `b`, … `aa`, …) and the module is called `w`, in the wasm and in the glue alike; the
//! exported closure invokers (`wasm_bindgen__convert__closures_____invoke__h<16 hex>`) become
//! `i0`, `i1`, ….

use crate::wasm_bytes::{read_leb, read_name, rewrite_section, write_leb, write_name};
use std::collections::HashMap;

/// The import module wasm-bindgen writes for `--target web`, and its short name.
const MODULE: &str = "./chiso_widget_bg.js";
const SHORT_MODULE: &str = "w";

/// Renames the imports of `wasm` and the matching keys of `js`; `(new wasm, new js)`.
pub fn shorten(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String), String> {
    let mut names = HashMap::new();
    let wasm = rewrite_imports(wasm, &mut |module, field| {
        if module != MODULE {
            return None;
        }
        let n = names.len();
        let short = names
            .entry(field.to_string())
            .or_insert_with(|| short_name(n))
            .clone();
        Some((SHORT_MODULE.to_string(), short))
    })?;
    let wasm = rewrite_exports(&wasm, &mut names)?;
    let quoted = format!("\"{MODULE}\":");
    if !js.contains(&quoted) {
        return Err(format!("the JS glue has no import object for {MODULE}"));
    }
    let js = js.replace(&quoted, &format!("\"{SHORT_MODULE}\":"));
    let js = rename_identifiers(&js, &names);
    Ok((wasm, js))
}

/// `a`…`z`, `A`…`Z`, then two letters: never a JS keyword nor `__proto__`.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut s = String::new();
    loop {
        s.push(char::from(*LETTERS.get(n % LETTERS.len()).unwrap_or(&b'z')));
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    // Two-letter names that are JS keywords.
    if matches!(s.as_str(), "do" | "if" | "in" | "of") {
        s.push('_');
    }
    s
}

/// Replaces whole identifiers of `js` found in `names`.
fn rename_identifiers(js: &str, names: &HashMap<String, String>) -> String {
    let mut out = String::with_capacity(js.len());
    let mut word = String::new();
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    for c in js.chars().chain(std::iter::once('\0')) {
        if is_ident(c) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push_str(names.get(&word).map_or(word.as_str(), String::as_str));
            word.clear();
        }
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

/// Skips resizable limits (tables, memories): a flag byte, the minimum, the maximum if flagged.
fn skip_limits(bytes: &[u8], at: &mut usize) -> Result<(), String> {
    let flags = *bytes.get(*at).ok_or("truncated wasm (limits)")?;
    *at += 1;
    read_leb(bytes, at)?;
    if flags & 1 != 0 {
        read_leb(bytes, at)?;
    }
    Ok(())
}

/// A new (module, field) for an import, or `None` to keep its names.
type Rename<'a> = dyn FnMut(&str, &str) -> Option<(String, String)> + 'a;

/// Copies `wasm` with the import section's names passed through `rename(module, field)`.
fn rewrite_imports(wasm: &[u8], rename: &mut Rename) -> Result<Vec<u8>, String> {
    rewrite_section(wasm, 2, |body| {
        let mut section = Vec::new();
        let mut p = 0;
        let count = read_leb(body, &mut p)?;
        write_leb(&mut section, count);
        for _ in 0..count {
            let module = read_name(body, &mut p)?;
            let field = read_name(body, &mut p)?;
            let desc_start = p;
            let kind = *body.get(p).ok_or("truncated wasm (import)")?;
            p += 1;
            match kind {
                0x00 => {
                    read_leb(body, &mut p)?;
                }
                0x01 => {
                    p += 1; // reference type
                    skip_limits(body, &mut p)?;
                }
                0x02 => skip_limits(body, &mut p)?,
                0x03 => p += 2, // value type, mutability
                0x04 => {
                    p += 1; // attribute
                    read_leb(body, &mut p)?;
                }
                other => return Err(format!("unknown import kind {other:#x}")),
            }
            let desc = body.get(desc_start..p).ok_or("truncated wasm (import)")?;
            match rename(module, field) {
                Some((m, f)) => {
                    write_name(&mut section, &m);
                    write_name(&mut section, &f);
                }
                None => {
                    write_name(&mut section, module);
                    write_name(&mut section, field);
                }
            }
            section.extend_from_slice(desc);
        }
        if p != body.len() {
            return Err("unexpected bytes after the imports".into());
        }
        Ok(section)
    })
}

/// The prefix of the closure invokers wasm-bindgen exports.
const INVOKER: &str = "wasm_bindgen__convert__closures_____invoke__";

/// Copies `wasm` with the closure invokers' exports renamed `i0`, `i1`… (recorded in `names`).
fn rewrite_exports(wasm: &[u8], names: &mut HashMap<String, String>) -> Result<Vec<u8>, String> {
    let mut invokers = 0;
    rewrite_section(wasm, 7, |body| {
        let mut section = Vec::new();
        let mut p = 0;
        let count = read_leb(body, &mut p)?;
        write_leb(&mut section, count);
        for _ in 0..count {
            let name = read_name(body, &mut p)?;
            let kind = *body.get(p).ok_or("truncated wasm (export)")?;
            p += 1;
            let index = read_leb(body, &mut p)?;
            if name.starts_with(INVOKER) {
                let short = format!("i{invokers}");
                invokers += 1;
                names.insert(name.to_string(), short.clone());
                write_name(&mut section, &short);
            } else {
                write_name(&mut section, name);
            }
            section.push(kind);
            write_leb(&mut section, index);
        }
        Ok(section)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_short_and_distinct() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert_eq!(names[0], "a");
        assert_eq!(names[52], "aa");
        assert!(names.iter().all(|n| n.len() <= 3));
    }

    #[test]
    fn whole_identifiers_only_are_renamed() {
        let names = HashMap::from([("__wbg_new_1".to_string(), "a".to_string())]);
        let js = "{__wbg_new_1:function(){},__wbg_new_12:1,x.__wbg_new_1}";
        assert_eq!(
            rename_identifiers(js, &names),
            "{a:function(){},__wbg_new_12:1,x.a}"
        );
    }
}
