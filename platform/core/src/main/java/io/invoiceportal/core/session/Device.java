package io.invoiceportal.core.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser and operating system a user agent names, in words a customer recognises ("Firefox",
 * "Windows"); either is null when the user agent does not say (a script, a missing header).
 */
public record Device(String browser, String os) {
    private static final Pattern VERSION = Pattern.compile("(Edg|EdgA|OPR|Firefox|FxiOS|CriOS|Chrome|Version)/(\\d+)");

    public static Device of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Device(null, null);
        }
        return new Device(browser(userAgent), os(userAgent));
    }

    static String browser(String ua) {
        String name;
        String token;
        if (ua.contains("Edg/") || ua.contains("EdgA/")) {
            name = "Edge";
            token = ua.contains("Edg/") ? "Edg" : "EdgA";
        } else if (ua.contains("OPR/")) {
            name = "Opera";
            token = "OPR";
        } else if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            name = "Firefox";
            token = ua.contains("Firefox/") ? "Firefox" : "FxiOS";
        } else if (ua.contains("CriOS/")) {
            name = "Chrome";
            token = "CriOS";
        } else if (ua.contains("HeadlessChrome/")) {
            return "Chrome (headless)";
        } else if (ua.contains("Chromium/")) {
            return "Chromium";
        } else if (ua.contains("Chrome/")) {
            name = "Chrome";
            token = "Chrome";
        } else if (ua.contains("Safari/") && ua.contains("Version/")) {
            name = "Safari";
            token = "Version";
        } else if (ua.startsWith("curl/")) {
            return "curl";
        } else if (ua.startsWith("Java-http-client") || ua.startsWith("Java/")) {
            return "Java";
        } else {
            return null;
        }
        Matcher m = VERSION.matcher(ua);
        while (m.find()) {
            if (m.group(1).equals(token)) {
                return name + " " + m.group(2);
            }
        }
        return name;
    }

    static String os(String ua) {
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod")) {
            return "iOS";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return null;
    }
}
