//! A framework's flat indicator list as a tree: parent and children by position, a post-order.

use crate::issue::{Issue, IssueCode};
use crate::keyed::Map;
use crate::model::Framework;

/// The shape of one framework.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    /// Position of the root indicator.
    pub root: usize,
    /// Parent position of each indicator (`None` for the root).
    pub parent: Vec<Option<usize>>,
    /// Children positions of each indicator, in file order.
    pub children: Vec<Vec<usize>>,
    /// Children before parents: the order to roll points up in.
    pub post_order: Vec<usize>,
    /// Depth of each indicator (root 0).
    pub depth: Vec<usize>,
    /// Position of each code.
    pub by_code: Map<String, usize>,
}

impl Tree {
    /// Builds the tree, or lists why it cannot be built (`path` is the framework's JSON path).
    pub fn build(framework: &Framework, path: &str) -> Result<Tree, Vec<Issue>> {
        let n = framework.indicators.len();
        let mut issues = Vec::new();
        let mut by_code = Map::new();
        for (i, indicator) in framework.indicators.iter().enumerate() {
            if by_code.insert(indicator.code.clone(), i).is_some() {
                issues.push(Issue::at(
                    IssueCode::Duplicate,
                    format!("{path}.indicators[{i}].code"),
                    &indicator.code,
                ));
            }
        }
        let mut parent = vec![None; n];
        let mut roots = Vec::new();
        for (i, indicator) in framework.indicators.iter().enumerate() {
            match &indicator.parent {
                None => roots.push(i),
                Some(code) => match by_code.get(code) {
                    Some(&p) => {
                        if let Some(slot) = parent.get_mut(i) {
                            *slot = Some(p);
                        }
                    }
                    None => issues.push(Issue::at(
                        IssueCode::UnknownReference,
                        format!("{path}.indicators[{i}].parent"),
                        code,
                    )),
                },
            }
        }
        let root = match roots.as_slice() {
            [only] => Some(*only),
            [] => {
                issues.push(Issue::at(IssueCode::Root, path, "0 roots"));
                None
            }
            many => {
                let codes: Vec<&str> = crate::lists::filter_map(many, |&i| {
                    framework.indicators.get(i).map(|x| x.code.as_str())
                });
                issues.push(Issue::at(
                    IssueCode::Root,
                    path,
                    format!(
                        "{} roots: {}",
                        many.len(),
                        crate::format::join(&codes, ", ")
                    ),
                ));
                None
            }
        };
        let mut children = vec![Vec::new(); n];
        for (i, p) in parent.iter().enumerate() {
            if let Some(list) = p.and_then(|p| children.get_mut(p)) {
                list.push(i);
            }
        }
        let Some(root) = root else {
            return Err(issues);
        };
        // Depth-first from the root; anything not reached sits on a loop.
        let mut depth = vec![usize::MAX; n];
        let mut post_order = Vec::with_capacity(n);
        let mut stack = vec![(root, 0usize, false)];
        while let Some((node, d, expanded)) = stack.pop() {
            if expanded {
                post_order.push(node);
                continue;
            }
            if let Some(slot) = depth.get_mut(node) {
                *slot = d;
            }
            stack.push((node, d, true));
            for &child in children
                .get(node)
                .map(Vec::as_slice)
                .unwrap_or(&[])
                .iter()
                .rev()
            {
                stack.push((child, d + 1, false));
            }
        }
        for (i, &d) in depth.iter().enumerate() {
            if d == usize::MAX && parent.get(i).copied().flatten().is_some() {
                let code = framework.indicators.get(i).map(|x| x.code.as_str());
                issues.push(Issue::at(
                    IssueCode::Cycle,
                    format!("{path}.indicators[{i}].parent"),
                    code.unwrap_or_default(),
                ));
            }
        }
        if issues.is_empty() {
            Ok(Tree {
                root,
                parent,
                children,
                post_order,
                depth,
                by_code,
            })
        } else {
            Err(issues)
        }
    }

    /// Whether the indicator at `i` has no children.
    pub fn is_leaf(&self, i: usize) -> bool {
        self.children.get(i).is_none_or(Vec::is_empty)
    }

    /// Ancestors of `i`, nearest first.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.parent.get(i).copied().flatten(), move |&p| {
            self.parent.get(p).copied().flatten()
        })
    }
}
