package org.lantern.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.Role;
import org.lantern.identity.UserAccounts;
import org.lantern.identity.UserAdministration;
import org.lantern.platform.web.InputProblems;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage users and their roles. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final InputProblems problems;
    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final RecordAccess access;

    UserAdminController(UserAccounts accounts, UserAdministration administration, RecordAccess access, InputProblems problems) {
        this.problems = problems;
        this.accounts = accounts;
        this.administration = administration;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        access.requirePermission(Permission.USERS_MANAGE);
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName,
            @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String office,
            Model model, RedirectAttributes redirect) {
        access.requirePermission(Permission.USERS_MANAGE);
        try {
            var created = administration.create(username, displayName, roleSet(roles), blankToNull(office), true);
            redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
            redirect.addFlashAttribute("createdUsername", username.trim().toLowerCase());
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            model.addAttribute("field", e.field());
            model.addAttribute("problem", problems.text(e));
            model.addAttribute("users", accounts.all());
            model.addAttribute("roles", Role.values());
            model.addAttribute("form", new Object[] {username, displayName, office});
            return "identity/users";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        access.requirePermission(Permission.USERS_MANAGE);
        model.addAttribute("user", accounts.byId(id).orElseThrow(() -> new org.lantern.platform.web.NotFoundException("User")));
        model.addAttribute("roles", Role.values());
        return "identity/user";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @RequestParam String displayName,
            @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String office,
            @RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
        access.requirePermission(Permission.USERS_MANAGE);
        try {
            administration.update(id, displayName, roleSet(roles), blankToNull(office), enabled);
        } catch (InvalidInputException e) {
            model.addAttribute("field", e.field());
            model.addAttribute("problem", problems.text(e));
            model.addAttribute("user", accounts.byId(id).orElseThrow());
            model.addAttribute("roles", Role.values());
            return "identity/user";
        }
        redirect.addFlashAttribute("notice", "users.saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
        access.requirePermission(Permission.USERS_MANAGE);
        redirect.addFlashAttribute("oneTimePassword", administration.resetPassword(id));
        redirect.addFlashAttribute("createdUsername", accounts.byId(id).orElseThrow().username());
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/reset-two-factor")
    String resetTwoFactor(@PathVariable UUID id, RedirectAttributes redirect) {
        access.requirePermission(Permission.USERS_MANAGE);
        administration.resetTwoFactor(id);
        redirect.addFlashAttribute("notice", "users.twoFactorReset");
        return "redirect:/admin/users";
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
