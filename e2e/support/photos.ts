// Photo-like pictures for journeys and screenshots (no real photos ship with
// the repository): a scene drawn in SVG, rendered to JPEG by sharp, with the
// EXIF a phone writes (camera, GPS position) so the upload has something to strip.
import sharp from "sharp";

const SCENES = {
  /** 建设工地: sky, a city's skyline, a tower crane and a half-built frame. */
  site: { sky: ["#9cc3e6", "#e9f1f7"], ground: "#8a7a62", accent: "#e0a526" },
  /** 夕照: the same skyline at dusk. */
  dusk: { sky: ["#f2a65a", "#fbe3c2"], ground: "#5b5147", accent: "#c8372d" },
  /** 公园: a green park by the river. */
  park: { sky: ["#bcd9ef", "#f3f7f1"], ground: "#5f8d4e", accent: "#2f6f9f" },
} as const;
export type Scene = keyof typeof SCENES;

function svg(scene: Scene, width: number, height: number): string {
  const c = SCENES[scene];
  const horizon = Math.round(height * 0.68);
  let skyline = "";
  let x = 0;
  let seed = scene.length * 7;
  while (x < width) {
    seed = (seed * 9301 + 49297) % 233280;
    const w = 40 + (seed % 90);
    const h = 60 + ((seed * 7) % Math.round(height * 0.35));
    const shade = 90 + ((seed * 3) % 60);
    skyline += `<rect x="${x}" y="${horizon - h}" width="${w}" height="${h}" fill="rgb(${shade},${shade + 8},${shade + 20})" opacity="0.85"/>`;
    for (let wy = horizon - h + 10; wy < horizon - 10; wy += 16) {
      for (let wx = x + 8; wx < x + w - 10; wx += 14) skyline += `<rect x="${wx}" y="${wy}" width="6" height="8" fill="#f4efe0" opacity="0.35"/>`;
    }
    x += w + 6;
  }
  const crane = scene === "park"
    ? `<circle cx="${width * 0.3}" cy="${horizon - 20}" r="70" fill="#4c7a3d"/><circle cx="${width * 0.36}" cy="${horizon - 40}" r="60" fill="#3f6a33"/><rect x="0" y="${horizon + 40}" width="${width}" height="60" fill="${c.accent}" opacity="0.7"/>`
    : `<rect x="${width * 0.62}" y="${height * 0.12}" width="14" height="${horizon - height * 0.12}" fill="${c.accent}"/>
       <rect x="${width * 0.38}" y="${height * 0.12}" width="${width * 0.42}" height="10" fill="${c.accent}"/>
       <line x1="${width * 0.45}" y1="${height * 0.13}" x2="${width * 0.45}" y2="${height * 0.42}" stroke="#333" stroke-width="2"/>
       <rect x="${width * 0.42}" y="${height * 0.42}" width="${width * 0.06}" height="18" fill="#555"/>
       <g stroke="#6b6b6b" stroke-width="6" fill="none"><rect x="${width * 0.2}" y="${horizon - 160}" width="${width * 0.25}" height="160"/><line x1="${width * 0.2}" y1="${horizon - 80}" x2="${width * 0.45}" y2="${horizon - 80}"/><line x1="${width * 0.325}" y1="${horizon - 160}" x2="${width * 0.325}" y2="${horizon}"/></g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c.sky[0]}"/><stop offset="1" stop-color="${c.sky[1]}"/></linearGradient>
    <linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c.ground}"/><stop offset="1" stop-color="#3b342c"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    ${skyline}
    <rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#ground)"/>
    ${crane}
  </svg>`;
}

/** A phone-style JPEG of the scene, with camera and GPS EXIF. */
export async function photo(scene: Scene, width = 1600, height = 1067): Promise<Buffer> {
  return sharp(Buffer.from(svg(scene, width, height)))
    .jpeg({ quality: 88 })
    .withExif({
      IFD0: { Make: "Apple", Model: "iPhone 15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 37/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "112/1 27/1 0/1" },
    })
    .toBuffer();
}
