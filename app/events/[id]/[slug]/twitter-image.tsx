// Twitter/X cards show the same picture as Open Graph.
import OpenGraphImage from "./opengraph-image";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The event: type, date, title, actors and the sentence it was found in";

export default OpenGraphImage;
