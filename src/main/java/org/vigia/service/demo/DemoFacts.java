package org.vigia.service.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;

/**
 * Public facts behind the demo set (DOMAIN.md): INTERPOL's Turquesa IV (28 Nov - 2 Dec, 32
 * countries of the Americas) and Libertad (3 - 9 Apr 2018, 13 countries, operations centre in
 * Barbados). The participating-country lists are illustrative; every case is fictitious.
 */
final class DemoFacts {
    static final Operation TURQUESA_IV = new Operation(null, 0, "TURQUESA-IV", "Turquesa IV (demo)",
            LocalDate.of(2022, 11, 28), LocalDate.of(2022, 12, 2),
            List.of("AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "DM", "DO",
                    "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE",
                    "KN", "LC", "VC", "SR", "TT", "UY"),
            "Operational coordination unit (demo)", List.of("UNODC", "IOM", "Europol"));

    static final Operation LIBERTAD = new Operation(null, 0, "LIBERTAD", "Libertad (demo)",
            LocalDate.of(2018, 4, 3), LocalDate.of(2018, 4, 9),
            List.of("AG", "BS", "BB", "BZ", "DM", "GD", "GY", "JM", "KN", "LC", "VC", "SR", "TT"),
            "Operations centre, Barbados", List.of("CARICOM IMPACS", "UNODC", "IOM"));

    static final List<OffenceType> OFFENCE_MIX = List.of(
            OffenceType.HumanTrafficking, OffenceType.HumanTrafficking, OffenceType.HumanTrafficking,
            OffenceType.MigrantSmuggling, OffenceType.MigrantSmuggling, OffenceType.MigrantSmuggling,
            OffenceType.MigrantSmuggling, OffenceType.DocumentFraud, OffenceType.SexualOffence,
            OffenceType.ForcedLabour, OffenceType.Other);

    static final List<CaseStatus> STATUS_MIX = List.of(
            CaseStatus.Active, CaseStatus.Active, CaseStatus.Active, CaseStatus.FollowUp,
            CaseStatus.FollowUp, CaseStatus.Closed, CaseStatus.ClosedReferred);

    static final List<String> INVESTIGATORS = List.of(
            "Insp. Ana Morales", "Sgt. Luis Peña", "Cmdr. Joanne Clarke", "Insp. Marcos Oliveira",
            "Det. Ruth Baptiste", "Sub-Insp. Carla Rojas", "Det. Kevin Ramdass", "Insp. Sofía Núñez");

    private static final Map<String, List<String>> PLACES = Map.ofEntries(
            Map.entry("CO", List.of("Bogotá - Terminal Salitre", "Cúcuta - Puente Simón Bolívar", "Ipiales - Rumichaca", "Cartagena - puerto", "Medellín - aeropuerto José María Córdova")),
            Map.entry("BR", List.of("Pacaraima - fronteira", "Manaus - porto", "São Paulo - Guarulhos")),
            Map.entry("MX", List.of("Tapachula - Ciudad Hidalgo", "Tijuana - garita", "Cancún - aeropuerto")),
            Map.entry("GY", List.of("Lethem border post", "Georgetown - Stabroek", "Bartica gold fields")),
            Map.entry("SR", List.of("Paramaribo - Waterkant", "Albina river post", "Nickerie ferry")),
            Map.entry("TT", List.of("Port of Spain - night club district", "Cedros coast", "Piarco airport")),
            Map.entry("BB", List.of("Bridgetown - Grantley Adams airport", "Bridgetown - port")),
            Map.entry("SV", List.of("La Libertad - fishing boats", "San Salvador - terminal de oriente")),
            Map.entry("PE", List.of("Tumbes - CEBAF", "Lima - Jorge Chávez", "Madre de Dios - minería")),
            Map.entry("PA", List.of("Darién - Bajo Chiquito", "Panamá - Albrook terminal")));
    private static final List<String> GENERIC = List.of("Airport", "Bus terminal", "Land border crossing", "Seaport", "Night club district", "River post");

    private DemoFacts() {
    }

    static String place(String country, Random r) {
        List<String> places = PLACES.get(country);
        if (places == null) {
            return GENERIC.get(r.nextInt(GENERIC.size()));
        }
        return places.get(r.nextInt(places.size()));
    }

    static String title(OffenceType main, Random r) {
        String what = switch (main) {
            case HumanTrafficking -> pick(r, "Trafficking for sexual exploitation", "Recruitment ring on social media",
                    "Women recruited with false job offers", "Trata con fines de explotación sexual");
            case MigrantSmuggling -> pick(r, "Smuggling of migrants by bus", "Smuggling network crossing by river",
                    "Tráfico de migrantes en lancha", "Migrants hidden in a lorry");
            case DocumentFraud -> pick(r, "Forged travel documents", "Impostor using a stolen passport", "Documentos de viaje falsificados");
            case SexualOffence -> pick(r, "Sexual exploitation of a minor", "Minor found in a night club");
            case ForcedLabour -> pick(r, "Forced labour in illegal mining", "Forced labour on a fishing vessel", "Trabajo forzoso en una finca");
            case Other -> pick(r, "Associated offence found during control", "Cash and phones seized at checkpoint");
        };
        return what;
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    static String narrative(OffenceType main, String place) {
        return "Control at " + place + " during the action phase. "
                + switch (main) {
                    case HumanTrafficking -> "Women recruited with false job offers; documents withheld by the recruiter.";
                    case MigrantSmuggling -> "Group of irregular migrants detected; fees of USD 2,700 to 20,000 per person reported.";
                    case DocumentFraud -> "Altered passports detected at document check.";
                    case SexualOffence -> "Minor identified at a night club; referred to child protection services.";
                    case ForcedLabour -> "Workers held in debt bondage; wages taken by the employer.";
                    case Other -> "Cash and phones seized; inquiry continues.";
                };
    }

    /** Act, means and purpose (UNODC's three constituent elements). */
    static String[] elements(OffenceType main) {
        return switch (main) {
            case HumanTrafficking, SexualOffence -> new String[] {"Recruitment and transport", "Deception, false job offer", "Sexual exploitation"};
            case ForcedLabour -> new String[] {"Recruitment and harbouring", "Debt bondage, withheld documents", "Forced labour"};
            default -> new String[] {"", "", ""};
        };
    }
}
