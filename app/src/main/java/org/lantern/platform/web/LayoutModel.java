package org.lantern.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.lantern.platform.Actor;
import org.lantern.platform.NavigationEntry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs into every page's model: the menu for this user, the languages, the actor. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final List<NavigationEntry> entries;

    LayoutModel(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        List<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return entries.stream().filter(entry -> held.contains(entry.authority())).toList();
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return WebConfiguration.SUPPORTED;
    }

    @ModelAttribute("actorName")
    String actorName() {
        return Actor.current().map(Actor::username).orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
