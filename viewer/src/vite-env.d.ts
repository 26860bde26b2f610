// Types of what Vite lets the page import besides modules (the stylesheet).
/// <reference types="vite/client" />
