//! Reading and writing the wasm binary format, as much as the build's post-passes need
//! (`imports`: short import and export names; `similar`: function order by likeness): LEB128
//! numbers, names, and the module's sections.

/// An unsigned LEB128 number at `at` (moved past it).
pub fn read_leb(bytes: &[u8], at: &mut usize) -> Result<u64, String> {
    let mut value = 0_u64;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*at).ok_or("truncated wasm (LEB128)")?;
        *at += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(value);
        }
        shift += 7;
        if shift > 63 {
            return Err("bad LEB128 in the wasm".into());
        }
    }
}

/// Appends `value` as unsigned LEB128.
pub fn write_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let b = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A name (length, then UTF-8) at `at` (moved past it).
pub fn read_name<'a>(bytes: &'a [u8], at: &mut usize) -> Result<&'a str, String> {
    let len = usize::try_from(read_leb(bytes, at)?).map_err(|e| e.to_string())?;
    let name = bytes.get(*at..*at + len).ok_or("truncated wasm (name)")?;
    *at += len;
    std::str::from_utf8(name).map_err(|e| e.to_string())
}

/// Appends a name (length, then UTF-8).
pub fn write_name(out: &mut Vec<u8>, name: &str) {
    write_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

/// The module's sections in order: (id, body).
pub fn sections(wasm: &[u8]) -> Result<Vec<(u8, &[u8])>, String> {
    if wasm.get(..4) != Some(b"\0asm".as_slice()) || wasm.len() < 8 {
        return Err("not a wasm module".into());
    }
    let mut out = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let id = *wasm.get(at).ok_or("truncated wasm")?;
        at += 1;
        let size = usize::try_from(read_leb(wasm, &mut at)?).map_err(|e| e.to_string())?;
        out.push((
            id,
            wasm.get(at..at + size).ok_or("truncated wasm (section)")?,
        ));
        at += size;
    }
    Ok(out)
}

/// Appends a section: its id, its size, its body.
pub fn write_section(out: &mut Vec<u8>, id: u8, body: &[u8]) {
    out.push(id);
    write_leb(out, body.len() as u64);
    out.extend_from_slice(body);
}

/// A copy of `wasm` with every section of kind `id` replaced by `rewrite(body)`.
pub fn rewrite_section(
    wasm: &[u8],
    id: u8,
    mut rewrite: impl FnMut(&[u8]) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    let mut out = wasm.get(..8).ok_or("not a wasm module")?.to_vec();
    for (kind, body) in sections(wasm)? {
        if kind == id {
            write_section(&mut out, kind, &rewrite(body)?);
        } else {
            write_section(&mut out, kind, body);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leb128_and_names_read_back_what_was_written() {
        let mut out = Vec::new();
        for v in [0, 1, 127, 128, 300, 624_485, u64::from(u32::MAX)] {
            write_leb(&mut out, v);
        }
        write_name(&mut out, "wasm");
        let mut at = 0;
        for v in [0, 1, 127, 128, 300, 624_485, u64::from(u32::MAX)] {
            assert_eq!(read_leb(&out, &mut at), Ok(v));
        }
        assert_eq!(read_name(&out, &mut at), Ok("wasm"));
        assert_eq!(at, out.len());
    }

    #[test]
    fn a_rewritten_section_is_replaced_and_the_others_kept() {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        write_section(&mut wasm, 1, b"types");
        write_section(&mut wasm, 7, b"exports");
        let out = rewrite_section(&wasm, 7, |_| Ok(b"new".to_vec())).unwrap();
        assert_eq!(
            sections(&out).unwrap(),
            [(1, b"types".as_slice()), (7, b"new".as_slice())]
        );
        assert!(sections(b"nope").is_err());
    }
}
