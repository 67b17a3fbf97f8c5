package io.invoiceportal.ui.activity;

import java.util.Locale;

/**
 * A user agent in a few words: the browser or program and the system it runs on ("Chrome",
 * "Windows"), from the tokens browsers send. Either is null when the agent does not say.
 */
final class Devices {
    private Devices() {}

    record Device(String program, String system) {}

    static Device of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Device(null, null);
        }
        return new Device(program(userAgent), system(userAgent));
    }

    private static String program(String ua) {
        String u = ua.toLowerCase(Locale.ROOT);
        if (u.contains("edg/") || u.contains("edga/") || u.contains("edgios/")) {
            return "Edge";
        }
        if (u.contains("opr/") || u.contains("opera")) {
            return "Opera";
        }
        if (u.contains("samsungbrowser/")) {
            return "Samsung Internet";
        }
        if (u.contains("firefox/") || u.contains("fxios/")) {
            return "Firefox";
        }
        if (u.contains("chrome/") || u.contains("chromium/") || u.contains("crios/")) {
            return "Chrome";
        }
        if (u.contains("safari/") && u.contains("version/")) {
            return "Safari";
        }
        if (u.startsWith("curl/")) {
            return "curl";
        }
        if (u.startsWith("java-http-client") || u.startsWith("java/")) {
            return "Java";
        }
        if (u.startsWith("python")) {
            return "Python";
        }
        if (u.startsWith("postman")) {
            return "Postman";
        }
        int slash = ua.indexOf('/');
        String first = (slash > 0 ? ua.substring(0, slash) : ua).strip();
        return first.length() > 40 ? first.substring(0, 40) : first;
    }

    private static String system(String ua) {
        String u = ua.toLowerCase(Locale.ROOT);
        if (u.contains("iphone")) {
            return "iPhone";
        }
        if (u.contains("ipad")) {
            return "iPad";
        }
        if (u.contains("android")) {
            return "Android";
        }
        if (u.contains("windows")) {
            return "Windows";
        }
        if (u.contains("mac os x") || u.contains("macintosh")) {
            return "macOS";
        }
        if (u.contains("cros")) {
            return "ChromeOS";
        }
        if (u.contains("linux")) {
            return "Linux";
        }
        return null;
    }
}
