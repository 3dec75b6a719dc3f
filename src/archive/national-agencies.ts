/**
 * National news agencies beyond the big wires, whose tag opens a dateline (`LONDON, Nov 12 (PA)
 * -`, `NEW DELHI (PTI) -`). Short tags that are also common words or names in other contexts
 * (`SPA`, `ANI`, `APA`, `WAM`) are not aliases: an outlet's alias is matched without regard to
 * case, in footers and site names too.
 */
import type { Outlet } from "./outlets.ts";

/** Agencies added to the registry in outlets.ts. */
export const NATIONAL_AGENCIES: Outlet[] = [
  { name: "PA Media", aliases: ["PA", "Press Association"], agency: true },
  { name: "Australian Associated Press", aliases: ["AAP"], agency: true },
  { name: "The Canadian Press", aliases: ["Canadian Press"], agency: true },
  { name: "Press Trust of India", aliases: ["PTI"], agency: true },
  { name: "Indo-Asian News Service", aliases: ["IANS"], agency: true },
  { name: "Antara", aliases: ["Antara News"], agency: true },
  { name: "Bernama", aliases: [], agency: true },
  { name: "Jiji Press", aliases: [], agency: true },
  { name: "Agência Lusa", aliases: ["Lusa"], agency: true },
  { name: "Agência Brasil", aliases: [], agency: true },
  { name: "Andina", aliases: ["Agencia Andina"], agency: true },
  { name: "Télam", aliases: [], agency: true },
  { name: "Ukrinform", aliases: ["Укрінформ", "Укринформ"], agency: true },
  { name: "Belga", aliases: [], agency: true },
  { name: "Kuwait News Agency", aliases: ["KUNA"], agency: true },
  { name: "Islamic Republic News Agency", aliases: ["IRNA"], agency: true },
];
