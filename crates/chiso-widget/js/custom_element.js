// The <chiso-widget> element: a thin shell. The widget itself (Rust) mounts in the shadow root when
// the element is connected, follows attribute changes, and is destroyed and freed when removed.
export function defineChisoElement(name, attributes, create) {
  if (customElements.get(name)) return;
  class ChisoWidgetElement extends HTMLElement {
    static get observedAttributes() {
      return attributes;
    }
    connectedCallback() {
      if (!this.chisoHandle) this.chisoHandle = create(this);
    }
    disconnectedCallback() {
      const handle = this.chisoHandle;
      this.chisoHandle = null;
      if (handle) {
        handle.destroy();
        handle.free();
      }
    }
    /** Fetches `src` now; resolves with {swap, stale, failures, next} once drawn. */
    refresh() {
      return this.chisoHandle ? this.chisoHandle.refreshNow() : Promise.resolve(null);
    }
    attributeChangedCallback(attribute, oldValue, value) {
      if (this.chisoHandle && oldValue !== value) this.chisoHandle.set(attribute, value);
    }
  }
  customElements.define(name, ChisoWidgetElement);
}
