package org.lantern.aftercare.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.lantern.aftercare.ResidentKind;
import org.lantern.aftercare.Shelter;
import org.lantern.aftercare.Shelters;
import org.lantern.identity.Permission;
import org.lantern.identity.SignInFlow;
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

/** The shelter registry: capacity and today's occupancy; managers register and update shelters. */
@Controller
@RequestMapping("/aftercare/shelters")
class ShelterController {

    private final InputProblems problems;
    private final Shelters shelters;

    ShelterController(Shelters shelters, InputProblems problems) {
        this.problems = problems;
        this.shelters = shelters;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("shelters", shelters.all());
        model.addAttribute("residentKinds", ResidentKind.values());
        model.addAttribute("canManage", SignInFlow.currentUser().has(Permission.CASES_SUPERVISE));
        return "aftercare/shelters";
    }

    @PostMapping
    String register(@RequestParam(required = false) String name, @RequestParam(required = false) String district,
            @RequestParam(required = false) String state, @RequestParam(required = false) String country,
            @RequestParam(required = false) Integer capacity, @RequestParam(required = false) List<ResidentKind> residents,
            @RequestParam(required = false) String contactPerson, @RequestParam(required = false) String contactPhone,
            Model model, RedirectAttributes redirect) {
        Shelter.Form form = new Shelter.Form(name, district, state, country, capacity, kinds(residents), contactPerson, contactPhone);
        try {
            shelters.register(form);
        } catch (InvalidInputException e) {
            problem(model, e, form);
            return list(model);
        }
        redirect.addFlashAttribute("notice", "aftercare.saved");
        return "redirect:/aftercare/shelters";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Shelter shelter = shelters.byId(id);
        model.addAttribute("shelter", shelter);
        model.addAttribute("form", new Shelter.Form(shelter.name(), shelter.district(), shelter.state(), shelter.country(),
                shelter.capacity(), shelter.residents(), shelter.contactPerson(), shelter.contactPhone()));
        model.addAttribute("residentKinds", ResidentKind.values());
        model.addAttribute("canManage", SignInFlow.currentUser().has(Permission.CASES_SUPERVISE));
        return "aftercare/shelter";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String district, @RequestParam(required = false) String state,
            @RequestParam(required = false) String country, @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) List<ResidentKind> residents,
            @RequestParam(required = false) String contactPerson, @RequestParam(required = false) String contactPhone,
            Model model, RedirectAttributes redirect) {
        Shelter.Form form = new Shelter.Form(name, district, state, country, capacity, kinds(residents), contactPerson, contactPhone);
        try {
            shelters.update(id, form);
        } catch (InvalidInputException e) {
            model.addAttribute("shelter", shelters.byId(id));
            model.addAttribute("form", form);
            model.addAttribute("field", e.field());
            model.addAttribute("problem", problems.text(e));
            model.addAttribute("residentKinds", ResidentKind.values());
            model.addAttribute("canManage", true);
            return "aftercare/shelter";
        }
        redirect.addFlashAttribute("notice", "aftercare.saved");
        return "redirect:/aftercare/shelters";
    }

    private void problem(Model model, InvalidInputException e, Shelter.Form form) {
        model.addAttribute("field", e.field());
        model.addAttribute("problem", problems.text(e));
        model.addAttribute("form", form);
    }

    private static EnumSet<ResidentKind> kinds(List<ResidentKind> residents) {
        return residents == null || residents.isEmpty() ? EnumSet.noneOf(ResidentKind.class) : EnumSet.copyOf(residents);
    }
}
